/**
 * The link to give an administrator when an action needs their consent: Entra's admin consent URL
 * for this app (it grants every permission the app registers, tenant-wide). In demo mode there is no
 * Entra app, so the link is Microsoft's page on granting admin consent.
 */
export const ADMIN_CONSENT_HELP = 'https://learn.microsoft.com/entra/identity/enterprise-apps/grant-admin-consent';

export function adminConsentUrl(config: { clientId: string; authority: string }): string {
  if (!config.clientId) return ADMIN_CONSENT_HELP;
  // The tenant segment of the authority (`organizations` when the app is multi-tenant: the admin's own tenant is used).
  const tenant = /login\.microsoftonline\.com\/([^/?#]+)/.exec(config.authority)?.[1] ?? 'organizations';
  return `https://login.microsoftonline.com/${encodeURIComponent(tenant)}/adminconsent?client_id=${encodeURIComponent(config.clientId)}`;
}
