/**
 * @jest-environment node
 */
import JSZip from 'jszip';
import { buildAppPackage, fillManifest, readManifestFile, readTemplate, validatePackage, type PackageValues } from '../../../scripts/appPackage';
import { isWhiteOnTransparent, readPngHeader } from '../../../scripts/png';

const values: PackageValues = {
  teamsAppId: '5b0a5e53-4a51-4d0e-9a8f-1c5ad3a1e001',
  clientId: '11111111-2222-3333-4444-555555555555',
  appOrigin: 'https://lederdialog.contoso.dk',
  version: '0.1.0',
};

type Manifest = Record<string, any>;

describe('the filled manifest', () => {
  const manifest: Manifest = fillManifest(readTemplate(), values);

  it('is valid against the official v1.30 schema, offline, with its English file and icons', async () => {
    expect(manifest.$schema).toBe('https://developer.microsoft.com/json-schemas/teams/v1.30/MicrosoftTeams.schema.json');
    expect(manifest.manifestVersion).toBe('1.30');
    await expect(validatePackage(manifest, readManifestFile)).resolves.toEqual([]);
  });

  it('is Danish by default with a complete English localization', () => {
    expect(manifest.localizationInfo.defaultLanguageTag).toBe('da');
    expect(manifest.name.short).toBe('Lederdialog');
    expect(manifest.description.full).toMatch(/nærmeste leder/);
    expect(manifest.localizationInfo.additionalLanguages).toEqual([{ languageTag: 'en', file: 'en.json' }]);
    const en = JSON.parse(readManifestFile('en.json').toString('utf8'));
    for (const key of ['name.short', 'name.full', 'description.short', 'description.full', 'staticTabs[0].name']) {
      expect(typeof en[key]).toBe('string');
      expect(en[key].trim()).not.toBe('');
    }
    expect(en['description.full']).toMatch(/your manager/);
    expect(en['description.full']).not.toBe(manifest.description.full);
  });

  it('has the personal static tab on the app origin, and the sign-in values filled in', () => {
    expect(manifest.id).toBe(values.teamsAppId);
    expect(manifest.staticTabs[0]).toMatchObject({
      entityId: 'lederdialog',
      contentUrl: 'https://lederdialog.contoso.dk/?host=teams',
      scopes: ['personal'],
    });
    expect(manifest.validDomains).toEqual(['lederdialog.contoso.dk']);
    expect(manifest.webApplicationInfo).toEqual({
      id: values.clientId,
      resource: `api://lederdialog.contoso.dk/${values.clientId}`,
      nestedAppAuthInfo: [{ redirectUri: 'brk-multihub://lederdialog.contoso.dk', scopes: ['User.Read'] }],
    });
    expect(manifest.developer.privacyUrl).toBe('https://lederdialog.contoso.dk/assets/privacy.html');
    expect(manifest.developer.termsOfUseUrl).toBe('https://lederdialog.contoso.dk/assets/terms.html');
    expect(JSON.stringify(manifest)).not.toMatch(/\{\{/);
  });

  it('drops webApplicationInfo in demo mode (no client id) and stays valid', async () => {
    const demo: Manifest = fillManifest(readTemplate(), { ...values, clientId: '' });
    expect(demo.webApplicationInfo).toBeUndefined();
    await expect(validatePackage(demo, readManifestFile)).resolves.toEqual([]);
  });

  it('reports schema violations, so the validation can fail', async () => {
    const broken: Manifest = { ...manifest, manifestVersion: '1.17', accentColor: 'blue', name: { short: 'x'.repeat(31) } };
    const problems = await validatePackage(broken, readManifestFile);
    expect(problems.join('\n')).toMatch(/manifestVersion/);
    expect(problems.join('\n')).toMatch(/accentColor/);
    expect(problems.join('\n')).toMatch(/name\/short/);
  });

  it('reports wrong icon sizes and a coloured outline icon', async () => {
    const swapped: Manifest = { ...manifest, icons: { color: 'outline.png', outline: 'color.png' } };
    const problems = await validatePackage(swapped, readManifestFile);
    expect(problems).toEqual(
      expect.arrayContaining([expect.stringMatching(/outline\.png is 32×32, not 192×192/), expect.stringMatching(/color\.png is 192×192, not 32×32/)]),
    );
  });
});

describe('the app zip', () => {
  it('holds manifest.json, en.json and both icons, and its manifest is valid', async () => {
    const zip = await JSZip.loadAsync(await buildAppPackage(values));
    expect(Object.keys(zip.files).sort()).toEqual(['color.png', 'en.json', 'manifest.json', 'outline.png']);
    const manifest = JSON.parse(await zip.file('manifest.json')!.async('string'));
    const fromZip = async (name: string) => Buffer.from(await zip.file(name)!.async('uint8array'));
    const files = new Map(await Promise.all(['en.json', 'color.png', 'outline.png'].map(async (n) => [n, await fromZip(n)] as const)));
    await expect(validatePackage(manifest, (name) => files.get(name)!)).resolves.toEqual([]);
    expect(readPngHeader(files.get('color.png')!)).toMatchObject({ width: 192, height: 192 });
    expect(readPngHeader(files.get('outline.png')!)).toMatchObject({ width: 32, height: 32 });
    expect(isWhiteOnTransparent(files.get('outline.png')!)).toBe(true);
    expect(isWhiteOnTransparent(files.get('color.png')!)).toBe(false);
  });

  it('refuses to build from a configuration that makes the manifest invalid', async () => {
    await expect(buildAppPackage({ ...values, teamsAppId: 'not-a-guid' })).rejects.toThrow(/invalid[\s\S]*\/id/);
  });
});
