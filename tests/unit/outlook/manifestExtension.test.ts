/**
 * @jest-environment node
 */
import JSZip from 'jszip';
import fs from 'node:fs';
import path from 'node:path';
import { buildAppPackage, fillManifest, readManifestFile, readTemplate, validatePackage, type PackageValues } from '../../../scripts/appPackage';
import { readPngHeader } from '../../../scripts/png';

const values: PackageValues = {
  teamsAppId: '5b0a5e53-4a51-4d0e-9a8f-1c5ad3a1e001',
  clientId: '11111111-2222-3333-4444-555555555555',
  appOrigin: 'https://lederdialog.contoso.dk',
  version: '0.1.0',
};

type Json = Record<string, any>;

describe('the Outlook add-in in the unified manifest', () => {
  const manifest: Json = fillManifest(readTemplate(), values);
  const extension: Json = manifest.extensions[0];

  it('validates offline against the official v1.30 schema, together with the tab', async () => {
    expect(manifest.staticTabs[0].entityId).toBe('lederdialog');
    expect(manifest.extensions).toHaveLength(1);
    await expect(validatePackage(manifest, readManifestFile)).resolves.toEqual([]);
  });

  it('is a mail add-in needing Mailbox 1.3 (body.getAsync/setAsync as HTML)', () => {
    expect(extension.requirements).toEqual({ scopes: ['mail'], capabilities: [{ name: 'Mailbox', minVersion: '1.3' }] });
  });

  it('puts a button on the ribbon of an appointment the leader organises, opening the task pane', () => {
    const ribbon = extension.ribbons[0];
    expect(ribbon.contexts).toEqual(['meetingDetailsOrganizer']);
    const control = ribbon.tabs[0].groups[0].controls[0];
    expect(control).toMatchObject({ type: 'button', label: 'Lederdialog', actionId: 'openLederdialog' });
    const runtime = extension.runtimes.find((r: Json) => r.actions.some((a: Json) => a.id === control.actionId));
    expect(runtime.code.page).toBe('https://lederdialog.contoso.dk/taskpane.html');
    expect(runtime.actions[0]).toMatchObject({ id: 'openLederdialog', type: 'openPage' });
    // The task pane's domain is the app's own (Office requires the dialog page on it too).
    expect(manifest.validDomains).toContain(new URL(runtime.code.page).host);
  });

  it('has ribbon icons of 16, 32 and 80 px, served with the app (the schema wants https URLs)', () => {
    const icons: Json[] = extension.ribbons[0].tabs[0].groups[0].controls[0].icons;
    expect(icons.map((i) => i.size)).toEqual([16, 32, 80]);
    for (const icon of icons) {
      const url = new URL(icon.url);
      expect(url.origin).toBe('https://lederdialog.contoso.dk');
      expect(url.pathname).toMatch(/^\/assets\/outlook\/icon-\d+\.png$/);
      // /assets/ is served from the repository's assets/ folder.
      const header = readPngHeader(fs.readFileSync(path.join(__dirname, '../../..', url.pathname)));
      expect([header.width, header.height]).toEqual([icon.size, icon.size]);
    }
  });

  it('has the button in English too', () => {
    const en = JSON.parse(readManifestFile('en.json').toString('utf8'));
    expect(en['extensions[0].ribbons[0].tabs[0].groups[0].controls[0].supertip.title']).toBe('Book the dialogue with your manager');
    expect(manifest.extensions[0].ribbons[0].tabs[0].groups[0].controls[0].supertip.title).toMatch(/nærmeste leder/);
  });

  it('fails validation when the ribbon context is not one Outlook knows', async () => {
    const broken = JSON.parse(JSON.stringify(manifest));
    broken.extensions[0].ribbons[0].contexts = ['appointmentCompose'];
    const problems = await validatePackage(broken, readManifestFile);
    expect(problems.join('\n')).toMatch(/contexts/);
  });

  it('is left out for a local http origin, which Office would not load, and the package stays valid', async () => {
    const local: Json = fillManifest(readTemplate(), { ...values, appOrigin: 'http://localhost:3000' });
    expect(local.extensions).toBeUndefined();
    expect(local.staticTabs[0].contentUrl).toBe('http://localhost:3000/?host=teams');
    await expect(validatePackage(local, readManifestFile)).resolves.toEqual([]);
  });

  it('is packed by npm run package with its icons and localization', async () => {
    const zip = await JSZip.loadAsync(await buildAppPackage(values));
    const names = Object.keys(zip.files).sort();
    expect(names).toEqual(['color.png', 'en.json', 'manifest.json', 'outline.png']);
    const packed = JSON.parse(await zip.file('manifest.json')!.async('string'));
    expect(packed.extensions[0].runtimes[0].code.page).toBe('https://lederdialog.contoso.dk/taskpane.html');
  });
});
