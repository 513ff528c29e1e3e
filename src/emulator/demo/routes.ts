// Demo endpoints outside Graph (no auth, never faulted): the seeded users, a token for one of
// them, reset, fault configuration, and a dump of the whole state for test assertions.
import type { EmulatorState, FaultConfig, JsonObject, Restriction } from '../types';
import { issueToken } from '../auth/tokens';
import { ConsentRefused, grantScopes, isTenantProfile, TENANT_PROFILES, type TenantProfile } from '../auth/tenant';
import { GraphError } from '../http/errors';
import { findUser } from '../directory/routes';
import { dateTimeTimeZoneToUtc } from '../time/timezones';
import { eTagOf, cTagOf, pathOf } from '../drive/model';

export interface DemoControl {
  state(): EmulatorState;
  reset(): Promise<void>;
  setFaults(f: FaultConfig): void;
  faults(): FaultConfig;
  tenant(): TenantProfile;
  setTenant(profile: TenantProfile): void;
}

export interface DemoResult {
  status: number;
  body?: unknown;
}

function parseJson(body: Buffer): Record<string, unknown> {
  try {
    const v: unknown = JSON.parse(body.toString('utf8') || '{}');
    if (v && typeof v === 'object' && !Array.isArray(v)) return v as Record<string, unknown>;
  } catch {
    /* fall through */
  }
  throw new GraphError(400, 'BadRequest', 'A JSON object body is expected.');
}

export function demoUsers(state: EmulatorState) {
  return {
    value: state.users.map((u) => ({
      id: u.id,
      displayName: u.displayName,
      userPrincipalName: u.userPrincipalName,
      mail: u.mail,
      jobTitle: u.jobTitle,
      role: u.role,
      managerId: u.managerId ?? null,
      restrictions: u.restrictions,
    })),
  };
}

/** The whole state, in a form convenient for assertions. */
export function stateDump(state: EmulatorState) {
  const upn = (id: string) => state.users.find((u) => u.id === id)?.userPrincipalName ?? state.rooms.find((r) => r.id === id)?.emailAddress ?? id;
  return {
    seededAt: state.seededAt,
    tenantId: state.tenantId,
    users: demoUsers(state).value,
    orgContacts: state.orgContacts,
    rooms: state.rooms,
    events: state.events.map((e) => ({
      id: e.id,
      owner: upn(e.ownerId),
      ownerId: e.ownerId,
      seeded: e.seeded === true,
      startUtc: new Date(dateTimeTimeZoneToUtc(e.data.start as JsonObject, 'start')).toISOString(),
      endUtc: new Date(dateTimeTimeZoneToUtc(e.data.end as JsonObject, 'end')).toISOString(),
      cancelledOccurrences: e.cancelledOccurrences,
      ...e.data,
    })),
    driveItems: state.driveItems.map((i) => ({
      id: i.id,
      driveId: i.driveId,
      owner: upn(i.ownerId),
      path: pathOf(state, i) || '/',
      name: i.name,
      isFolder: i.isFolder,
      size: i.isFolder ? null : Buffer.from(i.content ?? '', 'base64').length,
      mimeType: i.mimeType ?? null,
      eTag: eTagOf(i),
      cTag: cTagOf(i),
      specialFolder: i.specialFolder ?? null,
      createdBy: upn(i.createdById),
      lastModifiedBy: upn(i.lastModifiedById),
      lastModifiedDateTime: i.lastModifiedDateTime,
    })),
    permissions: state.permissions.map((p) => ({ ...p, grantee: p.userId ? upn(p.userId) : p.email, invitedBy: upn(p.invitedById) })),
    chats: state.chats.map((c) => ({ ...c, members: c.memberIds.map(upn) })),
    messages: state.messages.map((m) => ({ ...m, from: upn(m.fromId) })),
    todoLists: state.todoLists.map((l) => ({ ...l, owner: upn(l.ownerId) })),
    todoTasks: state.todoTasks.map((t) => ({ id: t.id, listId: t.listId, owner: upn(t.ownerId), linkedResources: t.linkedResources, ...t.data })),
    chatApps: (state.teams?.installedApps ?? []).map((i) => ({ ...i, installedBy: upn(i.installedById) })),
    chatTabs: (state.teams?.tabs ?? []).map((t) => ({ ...t, createdBy: upn(t.createdById) })),
  };
}

export async function handleDemo(control: DemoControl, method: string, path: string, body: Buffer): Promise<DemoResult> {
  const route = `${method} ${path.replace(/\/+$/, '')}`;
  switch (route) {
    case 'GET /demo/users':
      return { status: 200, body: demoUsers(control.state()) };
    case 'POST /demo/token': {
      const request = parseJson(body);
      const upn = request.userPrincipalName;
      if (typeof upn !== 'string' || !upn) throw new GraphError(400, 'BadRequest', 'userPrincipalName is required.');
      const user = findUser(control.state(), upn);
      if (!user)
        throw new GraphError(
          404,
          'Request_ResourceNotFound',
          `Resource '${upn}' does not exist or one of its queried reference-property objects are not present.`,
        );
      // `scopes`: what the app asks for (MSAL's scopes); without it, `.default`. The token carries what
      // the user consents to plus what an admin consented to; a scope that needs an admin who has not
      // consented refuses the whole request, as Entra's "Need admin approval" does (AADSTS90094).
      const scopes = Array.isArray(request.scopes) ? request.scopes.filter((s): s is string => typeof s === 'string') : undefined;
      try {
        return { status: 200, body: issueToken(user, control.state().tenantId, Date.now(), grantScopes(control.tenant(), scopes)) };
      } catch (e) {
        if (e instanceof ConsentRefused) throw new GraphError(400, 'consent_required', e.message);
        throw e;
      }
    }
    case 'GET /demo/tenant':
      return { status: 200, body: { profile: control.tenant() } };
    case 'POST /demo/tenant': {
      // Play another tenant from now on (a test of the strict profile against a shared emulator).
      const profile = parseJson(body).profile;
      if (!isTenantProfile(profile)) throw new GraphError(400, 'BadRequest', `profile must be one of ${TENANT_PROFILES.join(', ')}.`);
      control.setTenant(profile);
      return { status: 200, body: { profile } };
    }
    case 'POST /demo/reset':
      await control.reset();
      return { status: 200, body: { reset: true, seededAt: control.state().seededAt } };
    case 'POST /demo/faults': {
      const f = parseJson(body) as FaultConfig;
      try {
        control.setFaults(f);
      } catch (e) {
        throw new GraphError(400, 'BadRequest', (e as Error).message);
      }
      return { status: 200, body: control.faults() };
    }
    case 'POST /demo/restrictions': {
      // Refuse a user some things from now on (until reset), e.g. reading sharing permissions.
      const request = parseJson(body);
      const user = typeof request.userPrincipalName === 'string' ? findUser(control.state(), request.userPrincipalName) : undefined;
      if (!user) throw new GraphError(404, 'Request_ResourceNotFound', 'userPrincipalName must name a seeded user.');
      const known: Restriction[] = ['places', 'appFolder', 'permissions', 'manager'];
      const list = Array.isArray(request.restrictions) ? request.restrictions : [];
      if (!list.every((r): r is Restriction => known.includes(r as Restriction)))
        throw new GraphError(400, 'BadRequest', `restrictions must be a list of ${known.join(', ')}.`);
      user.restrictions = [...new Set(list)];
      return { status: 200, body: { userPrincipalName: user.userPrincipalName, restrictions: user.restrictions } };
    }
    case 'GET /demo/faults':
      return { status: 200, body: control.faults() };
    case 'GET /demo/state':
      return { status: 200, body: stateDump(control.state()) };
    default:
      throw new GraphError(404, 'NotFound', `No demo endpoint ${route}.`);
  }
}
