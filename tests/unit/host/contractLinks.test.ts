import { buildContractDeepLink, contractIdFromDeepLink, contractWebUrl } from '../../../src/host/contractLinks';

const appId = '5b0a5e53-4a51-4d0e-9a8f-1c5ad3a1e001';

it('builds the Teams entity deep link with the contract as URL-encoded subEntityId', () => {
  const link = buildContractDeepLink({ appId, entityId: 'lederdialog', contractId: 'c 1/ø' });
  expect(link).toBe(`https://teams.microsoft.com/l/entity/${appId}/lederdialog?context=${encodeURIComponent('{"subEntityId":"c 1/ø"}')}`);
  expect(link).toContain('context=%7B%22subEntityId%22%3A%22c%201%2F%C3%B8%22%7D');
  expect(contractIdFromDeepLink(link)).toBe('c 1/ø');
});

it('adds the webUrl fallback (and a label) for clients that cannot show the tab', () => {
  const webUrl = contractWebUrl('https://lederdialog.example', 'c-1');
  expect(webUrl).toBe('https://lederdialog.example/?contract=c-1');
  const link = buildContractDeepLink({ appId, entityId: 'lederdialog', contractId: 'c-1', webUrl, label: 'Lederaftale' });
  const url = new URL(link);
  expect(url.searchParams.get('webUrl')).toBe(webUrl);
  expect(url.searchParams.get('label')).toBe('Lederaftale');
  expect(JSON.parse(url.searchParams.get('context')!)).toEqual({ subEntityId: 'c-1' });
});

it('returns undefined for links without a usable context', () => {
  expect(contractIdFromDeepLink('https://teams.microsoft.com/l/entity/a/b')).toBeUndefined();
  expect(contractIdFromDeepLink('https://teams.microsoft.com/l/entity/a/b?context=notjson')).toBeUndefined();
  expect(contractIdFromDeepLink('not a url')).toBeUndefined();
});
