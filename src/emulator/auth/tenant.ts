// The tenant the emulator plays (GRAPH_EMULATOR_TENANT, README): what an administrator has done for
// Lederdialog in it, and the tenant's own policies. A real tenant differs from a demo in exactly
// these ways, so the app is tested against both.
//
// - managed: an administrator has granted tenant-wide consent to every permission the app registers
//   (the admin consent URL in docs/admin-guide.md) and published the app to the org catalog.
// - strict:  nothing is admin-consented; users may consent only to permissions the permissions
//   reference marks "Admin consent required: No" (Entra's "low impact" user-consent policy); the app
//   is not in the org catalog (sideloaded at most); Teams issues the short join links
//   (https://teams.microsoft.com/meet/<id>?p=<passcode>) and some events come back without a join link;
//   the sharing policy refuses invitations to people outside the organisation.

export type TenantProfile = 'strict' | 'managed';

export const TENANT_PROFILES: readonly TenantProfile[] = ['strict', 'managed'];

/** The profile named by the environment, `managed` when none is (the demo and the existing tests). */
export function tenantFromEnv(env: NodeJS.ProcessEnv = process.env): TenantProfile {
  const v = (env.GRAPH_EMULATOR_TENANT ?? '').trim().toLowerCase();
  if (v === '') return 'managed';
  if (v === 'strict' || v === 'managed') return v;
  throw new Error(`GRAPH_EMULATOR_TENANT must be one of ${TENANT_PROFILES.join(', ')}; got '${env.GRAPH_EMULATOR_TENANT}'.`);
}

export function isTenantProfile(v: unknown): v is TenantProfile {
  return v === 'strict' || v === 'managed';
}

/**
 * The delegated permissions Lederdialog's Entra registration lists: src/auth/scopes.ts `allScopes`
 * (a unit test keeps the two equal; the emulator imports nothing from the app). An administrator's
 * tenant-wide consent grants these, and `.default` asks for them.
 */
export const APP_REGISTRATION: readonly string[] = [
  'User.Read',
  'MailboxSettings.Read',
  'User.ReadBasic.All',
  'User.Read.All',
  'People.Read',
  'Calendars.ReadWrite',
  'Place.Read.All',
  'Files.ReadWrite',
  'Files.Read.All',
  'Files.ReadWrite.All',
  'Chat.Create',
  'ChatMessage.Send',
  'Chat.Read',
  'Chat.ReadWrite',
  'Tasks.ReadWrite',
  'AppCatalog.Read.All',
  'TeamsAppInstallation.ReadWriteSelfForChat',
  'TeamsTab.ReadWriteSelfForChat',
  'OnlineMeetings.Read',
];

/**
 * Delegated permissions whose "Admin consent required" is Yes in Microsoft's permissions reference
 * (https://learn.microsoft.com/graph/permissions-reference), among those the routes accept.
 */
export const ADMIN_CONSENT_SCOPES: ReadonlySet<string> = new Set([
  'User.Read.All',
  'User.ReadWrite.All',
  'Directory.Read.All',
  'Directory.ReadWrite.All',
  'People.Read.All',
  'Place.Read.All',
  'Group.ReadWrite.All',
  'Sites.Read.All',
  'Sites.ReadWrite.All',
  'ChatMember.Read',
  'ChatMember.ReadWrite',
  'AppCatalog.ReadWrite.All',
  'AppCatalog.Submit',
  'TeamsAppInstallation.ReadForChat',
  'TeamsAppInstallation.ReadWriteSelfForChat',
  'TeamsAppInstallation.ReadWriteForChat',
  'TeamsAppInstallation.ReadWriteAndConsentSelfForChat',
  'TeamsAppInstallation.ReadWriteAndConsentForChat',
  'TeamsTab.Create',
  'TeamsTab.Read.All',
  'TeamsTab.ReadWrite.All',
  'TeamsTab.ReadWriteForChat',
  'TeamsTab.ReadWriteSelfForChat',
]);

/** What the administrator has consented to for the whole tenant. */
export function adminConsented(profile: TenantProfile): readonly string[] {
  return profile === 'managed' ? APP_REGISTRATION : [];
}

/** A token request Entra refuses: the user may not consent and no administrator has. */
export class ConsentRefused extends Error {
  constructor(readonly scopes: readonly string[]) {
    super(
      `AADSTS90094: An administrator of Demokommune has set a policy that prevents you from granting Lederdialog the permissions it is requesting (${scopes.join(', ')}). ` +
        'Contact an administrator of Demokommune, who can grant permissions to this app on your behalf.',
    );
  }
}

/**
 * The scopes a token carries when the app asks for `requested` (undefined = `.default`: every
 * registered permission the user may consent to). As in Entra, the token carries what the user just
 * consented to plus everything an administrator consented to for the tenant; asking for a scope
 * that needs an administrator who has not consented is refused as a whole.
 */
export function grantScopes(profile: TenantProfile, requested: readonly string[] | undefined): string[] {
  const admin = adminConsented(profile);
  const asked = requested ?? APP_REGISTRATION.filter((s) => !ADMIN_CONSENT_SCOPES.has(s) || admin.includes(s));
  const refused = asked.filter((s) => ADMIN_CONSENT_SCOPES.has(s) && !admin.includes(s));
  if (refused.length > 0) throw new ConsentRefused(refused);
  return [...new Set([...asked, ...admin])];
}
