/**
 * The Teams app package: the manifest template in manifest/ filled from build-time configuration,
 * validated offline against the official v1.30 schemas shipped in @microsoft/app-manifest, and
 * zipped with its localization file and icons. Used by `npm run package` and by the tests.
 */
import fs from 'node:fs';
import path from 'node:path';
import { AppManifestUtils } from '@microsoft/app-manifest';
import JSZip from 'jszip';
import { isWhiteOnTransparent, readPngHeader } from './png';

export const root = path.resolve(__dirname, '..');
const manifestDir = path.join(root, 'manifest');
const schemaDir = path.join(root, 'node_modules/@microsoft/app-manifest/build/json-schemas/teams/v1.30');

/** What the template's {{PLACEHOLDERS}} are filled with. */
export interface PackageValues {
  teamsAppId: string;
  /** Entra client id; empty in demo mode, which drops webApplicationInfo (no sign-in to configure). */
  clientId: string;
  /** Where the app is hosted, e.g. https://lederdialog.contoso.dk */
  appOrigin: string;
  version: string;
}

export interface PackageConfig {
  teamsAppId: string;
  clientId: string;
  appOrigin: string;
}

export function packageValues(config: PackageConfig): PackageValues {
  const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as { version: string };
  return { teamsAppId: config.teamsAppId, clientId: config.clientId, appOrigin: config.appOrigin, version: pkg.version };
}

type Json = Record<string, unknown>;

/** Fills {{ORIGIN}}, {{HOST}}, {{CLIENT_ID}}, {{TEAMS_APP_ID}} and {{VERSION}} in the template text. */
export function fillManifest(template: string, values: PackageValues): Json {
  const origin = new URL(values.appOrigin).origin;
  const replacements: Record<string, string> = {
    ORIGIN: origin,
    HOST: new URL(origin).host,
    CLIENT_ID: values.clientId,
    TEAMS_APP_ID: values.teamsAppId,
    VERSION: values.version,
  };
  const text = template.replace(/\{\{([A-Z_]+)\}\}/g, (whole, key: string) => {
    const value = replacements[key];
    if (value === undefined) throw new Error(`manifest template uses an unknown placeholder ${whole}`);
    // The values land inside JSON strings.
    return JSON.stringify(value).slice(1, -1);
  });
  const manifest = JSON.parse(text) as Json;
  if (!values.clientId) delete manifest.webApplicationInfo;
  // Office loads add-in pages only over https (the schema insists too): a local http origin packs
  // the tab alone, without the Outlook add-in.
  if (new URL(origin).protocol !== 'https:') delete manifest.extensions;
  return manifest;
}

export function readTemplate(): string {
  return fs.readFileSync(path.join(manifestDir, 'manifest.json'), 'utf8');
}

function readSchema(file: string): Json {
  return JSON.parse(fs.readFileSync(path.join(schemaDir, file), 'utf8')) as Json;
}

/**
 * The official v1.30 localization schema has a patternProperties key (for activities) that is not a
 * valid Unicode regular expression, so AJV refuses to compile the schema. Such keys are dropped:
 * with additionalProperties false that only makes validation stricter, and we localize no activities.
 */
function withUnicodeSafePatterns(schema: Json): Json {
  const patterns = schema.patternProperties as Record<string, unknown> | undefined;
  if (!patterns) return schema;
  const safe = Object.fromEntries(
    Object.entries(patterns).filter(([pattern]) => {
      try {
        new RegExp(pattern, 'u');
        return true;
      } catch {
        return false;
      }
    }),
  );
  return { ...schema, patternProperties: safe };
}

/** The files that go into the zip besides manifest.json: localization files and icons. */
export function packageFiles(manifest: Json): string[] {
  const icons = manifest.icons as { color: string; outline: string };
  const languages = ((manifest.localizationInfo as { additionalLanguages?: { file: string }[] } | undefined)?.additionalLanguages ?? []).map((l) => l.file);
  return [...languages, icons.color, icons.outline];
}

/**
 * Every problem with a package, empty when it is valid: the manifest and each localization file
 * against the official v1.30 schemas (offline), unfilled placeholders, and the icon rules (color
 * 192×192; outline 32×32, white on transparent).
 */
export async function validatePackage(manifest: Json, readFile: (name: string) => Buffer): Promise<string[]> {
  const problems: string[] = [];
  const text = JSON.stringify(manifest);
  if (/\{\{[A-Z_]+\}\}/.test(text)) problems.push('manifest.json still has {{placeholders}}');
  const schemaErrors = await AppManifestUtils.validateAgainstSchema(manifest as never, readSchema('MicrosoftTeams.schema.json') as never);
  problems.push(...schemaErrors.map((e) => `manifest.json ${e}`));

  const localization = withUnicodeSafePatterns(readSchema('MicrosoftTeams.Localization.schema.json'));
  for (const lang of (manifest.localizationInfo as { additionalLanguages?: { file: string }[] } | undefined)?.additionalLanguages ?? []) {
    const strings = JSON.parse(readFile(lang.file).toString('utf8')) as Json;
    const errors = await AppManifestUtils.validateAgainstSchema(strings as never, localization as never);
    problems.push(...errors.map((e) => `${lang.file} ${e}`));
  }

  const icons = manifest.icons as { color: string; outline: string };
  const color = readPngHeader(readFile(icons.color));
  if (color.width !== 192 || color.height !== 192) problems.push(`${icons.color} is ${color.width}×${color.height}, not 192×192`);
  const outlineFile = readFile(icons.outline);
  const outline = readPngHeader(outlineFile);
  if (outline.width !== 32 || outline.height !== 32) problems.push(`${icons.outline} is ${outline.width}×${outline.height}, not 32×32`);
  else if (!isWhiteOnTransparent(outlineFile)) problems.push(`${icons.outline} is not white on transparent`);
  return problems;
}

export function readManifestFile(name: string): Buffer {
  return fs.readFileSync(path.join(manifestDir, name));
}

/** Builds and validates the zip; throws with every problem when the package is invalid. */
export async function buildAppPackage(values: PackageValues): Promise<Buffer> {
  const manifest = fillManifest(readTemplate(), values);
  const problems = await validatePackage(manifest, readManifestFile);
  if (problems.length > 0) throw new Error(`The app package is invalid:\n- ${problems.join('\n- ')}`);
  const zip = new JSZip();
  zip.file('manifest.json', JSON.stringify(manifest, null, 2));
  for (const name of packageFiles(manifest)) zip.file(name, readManifestFile(name));
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}
