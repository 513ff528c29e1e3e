// Who am I, other users, the manager (nearest leader), people search, mailbox settings, rooms.
import type { Router } from '../http/router';
import type { GraphRequest } from '../http/context';
import { json } from '../http/context';
import { GraphError, badRequest, forbidden, notFound } from '../http/errors';
import { applySelect, contextUrl, matchesFilter, page, parseFilter } from '../http/odata';
import type { DirectoryUser, EmulatorState, OrgContact } from '../types';
import { orgContactJson, userJson } from './shapes';
import { TIME_ZONE, WORKING_HOURS } from '../seed/organisation';

export function findUser(state: EmulatorState, idOrUpn: string): DirectoryUser | undefined {
  const key = decodeURIComponent(idOrUpn)
    .replace(/^'(.*)'$/, '$1')
    .toLowerCase();
  return state.users.find((u) => u.id === key || u.userPrincipalName.toLowerCase() === key || u.mail.toLowerCase() === key);
}

const userNotFound = (id: string) =>
  notFound('Request_ResourceNotFound', `Resource '${id}' does not exist or one of its queried reference-property objects are not present.`);

function managerOf(req: GraphRequest, user: DirectoryUser) {
  const state = req.state;
  // GET /me/manager is documented with User.Read.All (admin consent): in a tenant where no admin
  // consented, Graph refuses it as directory calls are refused (docs: api/user-list-manager.md).
  if (req.user.restrictions.includes('manager')) throw forbidden('Authorization_RequestDenied', 'Insufficient privileges to complete the operation.');
  if (!user.managerId) throw userNotFound('manager');
  const manager = state.users.find((u) => u.id === user.managerId);
  if (manager)
    return json(
      200,
      applySelect(req, { '@odata.context': contextUrl(req, 'directoryObjects/$entity'), '@odata.type': '#microsoft.graph.user', ...userJson(manager) }),
    );
  const contact = state.orgContacts.find((c) => c.id === user.managerId);
  if (contact) return json(200, applySelect(req, { '@odata.context': contextUrl(req, 'directoryObjects/$entity'), ...orgContactJson(contact) }));
  throw userNotFound('manager');
}

function personJson(
  state: EmulatorState,
  // A directory user or an org contact: the names an org contact has, and what only a user has.
  p: Omit<OrgContact, 'companyName'> & {
    department?: string | null;
    officeLocation?: string | null;
    userPrincipalName?: string | null;
    companyName?: string | null;
  },
  subclass: string,
  score: number,
) {
  return {
    id: p.id,
    displayName: p.displayName,
    givenName: p.givenName,
    surname: p.surname,
    birthday: '',
    personNotes: '',
    isFavorite: false,
    jobTitle: p.jobTitle,
    companyName: p.companyName ?? 'Demo Kommune',
    yomiCompany: '',
    department: p.department ?? null,
    officeLocation: p.officeLocation ?? null,
    profession: '',
    userPrincipalName: p.userPrincipalName ?? null,
    imAddress: p.userPrincipalName ? `sip:${p.userPrincipalName}` : null,
    scoredEmailAddresses: [{ address: p.mail, relevanceScore: score, selectionLikelihood: 'notSpecified' }],
    phones: [],
    personType: { class: 'Person', subclass },
  };
}

/** People relevant to the caller: their manager and direct reports first, then everyone else. */
function people(req: GraphRequest) {
  const { state, user } = req;
  const search = (req.query.get('$search') ?? '')
    .trim()
    .replace(/^"(.*)"$/, '$1')
    .toLowerCase();
  const words = (s: string) => s.toLowerCase().split(/[\s.@-]+/);
  const matches = (name: string, mail: string) =>
    !search || [...words(name), ...words(mail)].some((w) => w.startsWith(search)) || name.toLowerCase().startsWith(search);
  const ranked = state.users
    .filter((u) => u.id !== user.id)
    .map((u) => ({ u, score: u.id === user.managerId ? 30 : u.managerId === user.id ? 20 : u.department === user.department ? 10 : 5 }))
    .sort((a, b) => b.score - a.score || a.u.displayName.localeCompare(b.u.displayName, 'da'))
    .filter(({ u }) => matches(u.displayName, u.mail))
    .map(({ u, score }) => personJson(state, u, 'OrganizationUser', score));
  const contacts = state.orgContacts
    .filter((c) => matches(c.displayName, c.mail))
    .map((c) =>
      personJson(state, { ...c, department: null, officeLocation: null, userPrincipalName: null }, 'OrganizationContact', c.id === user.managerId ? 30 : 1),
    );
  const all = [...ranked, ...contacts].sort((a, b) => b.scoredEmailAddresses[0]!.relevanceScore - a.scoredEmailAddresses[0]!.relevanceScore);
  return json(200, page(req, 'Collection(microsoft.graph.person)', all, 10));
}

function mailboxSettings(req: GraphRequest, property?: string) {
  const settings: Record<string, unknown> = {
    archiveFolder: 'AAMkADArchive',
    timeZone: TIME_ZONE,
    delegateMeetingMessageDeliveryOptions: 'sendToDelegateOnly',
    dateFormat: 'dd-MM-yyyy',
    timeFormat: 'HH:mm',
    userPurpose: 'user',
    automaticRepliesSetting: {
      status: 'disabled',
      externalAudience: 'all',
      internalReplyMessage: '',
      externalReplyMessage: '',
      scheduledStartDateTime: { dateTime: '2026-01-01T08:00:00.0000000', timeZone: 'UTC' },
      scheduledEndDateTime: { dateTime: '2026-01-02T08:00:00.0000000', timeZone: 'UTC' },
    },
    language: { locale: 'da-DK', displayName: 'dansk (Danmark)' },
    workingHours: WORKING_HOURS,
  };
  const ctx = contextUrl(req, `users('${req.user.id}')/mailboxSettings`);
  if (!property) return json(200, applySelect(req, { '@odata.context': ctx, ...settings }));
  if (!(property in settings)) throw badRequest('BadRequest', `Could not find a property named '${property}' on type 'microsoft.graph.mailboxSettings'.`);
  const v = settings[property];
  return json(200, typeof v === 'object' ? { '@odata.context': `${ctx}/${property}`, ...(v as object) } : { '@odata.context': `${ctx}/${property}`, value: v });
}

function listUsers(req: GraphRequest) {
  let users = req.state.users.map(userJson);
  const filter = req.query.get('$filter');
  if (filter) {
    const f = parseFilter(filter, ['displayName', 'givenName', 'surname', 'mail', 'userPrincipalName', 'id', 'jobTitle']);
    users = users.filter((u) => matchesFilter(u, f));
  }
  const search = req.query.get('$search');
  if (search) {
    if ((req.headers.consistencylevel ?? '').toLowerCase() !== 'eventual') {
      throw badRequest(
        'Request_UnsupportedQuery',
        "Request with $search query parameter only works through MSGraph with a special request header: 'ConsistencyLevel: eventual'",
      );
    }
    // "displayName:me" OR "mail:me" — tokenised prefix match, as the directory search does.
    const terms = search.split(/\s+OR\s+/i).map((t) => t.trim().replace(/^"(.*)"$/, '$1'));
    users = users.filter((u) =>
      terms.some((t) => {
        const [prop, value] = t.includes(':') ? t.split(':') : ['displayName', t];
        const field = String(u[prop!] ?? '').toLowerCase();
        return field.split(/[\s.@]+/).some((w) => w.startsWith((value ?? '').toLowerCase()));
      }),
    );
  }
  users.sort((a, b) => String(a.displayName).localeCompare(String(b.displayName), 'da'));
  return json(200, page(req, 'users', users, 100, 999));
}

function rooms(req: GraphRequest) {
  if (req.user.restrictions.includes('places')) {
    throw new GraphError(403, 'ErrorAccessDenied', 'Access is denied. Check credentials and try again.');
  }
  const value = req.state.rooms.map((r) => ({
    id: r.id,
    emailAddress: r.emailAddress,
    displayName: r.displayName,
    address: { street: 'Rådhuspladsen 1', city: 'Demoby', state: '', countryOrRegion: 'DK', postalCode: '9999' },
    geoCoordinates: null,
    phone: null,
    nickname: r.displayName,
    label: r.displayName,
    capacity: r.capacity,
    building: r.building,
    floorLabel: `${r.floorNumber}. sal`,
    floorNumber: r.floorNumber,
    isWheelChairAccessible: r.isWheelChairAccessible,
    bookingType: 'standard',
    tags: r.tags,
    audioDeviceName: null,
    videoDeviceName: null,
    displayDeviceName: r.tags.includes('skærm') ? 'Skærm' : null,
  }));
  return json(200, page(req, 'places/microsoft.graph.room', value, 100));
}

export function registerDirectory(router: Router): void {
  router
    .add('GET', '/me', (req) => json(200, applySelect(req, { '@odata.context': contextUrl(req, 'users/$entity'), ...userJson(req.user) })))
    .add('GET', '/me/manager', (req) => managerOf(req, req.user))
    .add('GET', '/me/people', people)
    .add('GET', '/me/mailboxSettings', (req) => mailboxSettings(req))
    .add('GET', '/me/mailboxSettings/{property}', (req, p) => mailboxSettings(req, p.property))
    .add('GET', '/users', listUsers)
    .add('GET', '/users/{id}', (req, p) => {
      const u = findUser(req.state, p.id!);
      if (!u) throw userNotFound(p.id!);
      return json(200, applySelect(req, { '@odata.context': contextUrl(req, 'users/$entity'), ...userJson(u) }));
    })
    .add('GET', '/users/{id}/manager', (req, p) => {
      const u = findUser(req.state, p.id!);
      if (!u) throw userNotFound(p.id!);
      return managerOf(req, u);
    })
    .add('GET', '/places/microsoft.graph.room', rooms);
}
