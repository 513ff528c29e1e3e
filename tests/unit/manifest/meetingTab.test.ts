/**
 * @jest-environment node
 */
import { fillManifest, readManifestFile, readTemplate, validatePackage, type PackageValues } from '../../../scripts/appPackage';

const values: PackageValues = {
  teamsAppId: '5b0a5e53-4a51-4d0e-9a8f-1c5ad3a1e001',
  clientId: '11111111-2222-3333-4444-555555555555',
  appOrigin: 'https://lederdialog.contoso.dk',
  version: '0.1.0',
};

type Manifest = Record<string, any>;

describe('the meeting tab in the manifest', () => {
  const manifest: Manifest = fillManifest(readTemplate(), values);

  it('is one configurable tab for group chats, offered in the meeting side panel, chat and details', () => {
    expect(manifest.configurableTabs).toHaveLength(1);
    const tab = manifest.configurableTabs[0];
    expect(tab.scopes).toEqual(['groupChat']);
    expect([...tab.context].sort()).toEqual(['meetingChatTab', 'meetingDetailsTab', 'meetingSidePanel']);
    expect(tab.meetingSurfaces).toEqual(['sidePanel']);
    expect(tab.canUpdateConfiguration).toBe(true);
  });

  it('is configured on the app origin, in the dialogue view', () => {
    const url = new URL(manifest.configurableTabs[0].configurationUrl);
    expect(url.origin).toBe('https://lederdialog.contoso.dk');
    expect(url.searchParams.get('view')).toBe('dialogue');
    expect(url.searchParams.get('configure')).toBe('1');
    expect(manifest.validDomains).toContain(url.host);
  });

  it('keeps the whole manifest valid against the official v1.30 schema, offline', async () => {
    await expect(validatePackage(manifest, readManifestFile)).resolves.toEqual([]);
  });

  it('would be refused with a scope the schema does not allow, so the check can fail', async () => {
    const broken: Manifest = { ...manifest, configurableTabs: [{ ...manifest.configurableTabs[0], scopes: ['personal'] }] };
    const problems = await validatePackage(broken, readManifestFile);
    expect(problems.join('\n')).toMatch(/configurableTabs/);
  });

  it('stays valid in demo mode on a local http origin (the tab without the Outlook add-in)', async () => {
    const local: Manifest = fillManifest(readTemplate(), { ...values, clientId: '', appOrigin: 'http://127.0.0.1:3000' });
    expect(local.configurableTabs[0].configurationUrl).toMatch(/^http:\/\/127\.0\.0\.1:3000\/\?/);
    await expect(validatePackage(local, readManifestFile)).resolves.toEqual([]);
  });
});
