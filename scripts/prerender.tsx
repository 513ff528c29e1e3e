// Prints the prerendered start page in every language as JSON ({ da: { body, head }, en: … }).
// Run by scripts/prerender-plugin.cjs during a production build, in a process of its own with the
// build's configuration in LEDERDIALOG_PRERENDER_CONFIG (what webpack's DefinePlugin gives the
// bundle as __LEDERDIALOG_CONFIG__), so demo mode and production prerender what each will show.
const config: unknown = JSON.parse(process.env.LEDERDIALOG_PRERENDER_CONFIG ?? 'null');
if (config) (globalThis as Record<string, unknown>).__LEDERDIALOG_CONFIG__ = config;

async function main(): Promise<void> {
  // Imported after the configuration is in place: src/config.ts reads it when first loaded.
  const { renderStartPage } = await import('../src/ui/prerender/renderStartPage');
  const pages = { da: await renderStartPage('da'), en: await renderStartPage('en') };
  process.stdout.write(JSON.stringify(pages));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
