// The demo organisation "Demo Kommune": a leader (Mette), her nearest leader (Lars), a leader of
// leaders (Birgitte, top of the line, no manager), colleagues, a user with no manager registered
// (Sofie), and Peter whose manager is an orgContact (Karen Jensen, an external consultant).
// Restrictions let tests exercise degraded paths: Peter gets 403 on rooms, Jonas has no app folder.
import type { DemoRole, DirectoryUser, OrgContact, Restriction, Room } from '../types';
import { stableGuid } from '../state/ids';

export const DOMAIN = 'demokommune.example';
export const TENANT_ID = stableGuid(DOMAIN);
export const TIME_ZONE = 'Romance Standard Time';
export const IANA_TIME_ZONE = 'Europe/Copenhagen';
export const WORKING_HOURS = {
  daysOfWeek: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'],
  startTime: '08:00:00.0000000',
  endTime: '16:00:00.0000000',
  timeZone: { name: TIME_ZONE },
};

interface Person {
  given: string;
  surname: string;
  jobTitle: string;
  department: string;
  role: DemoRole;
  manager?: string; // UPN local part of a user, or 'contact:karen.jensen'
  restrictions?: Restriction[];
}

const PEOPLE: Person[] = [
  { given: 'Mette', surname: 'Hansen', jobTitle: 'Afdelingsleder', department: 'Ældre og Sundhed', role: 'leader', manager: 'lars.nielsen' },
  { given: 'Lars', surname: 'Nielsen', jobTitle: 'Områdechef', department: 'Ældre og Sundhed', role: 'nearestLeader', manager: 'birgitte.kristensen' },
  { given: 'Birgitte', surname: 'Kristensen', jobTitle: 'Direktør', department: 'Direktionen', role: 'leaderOfLeaders' },
  {
    given: 'Jonas',
    surname: 'Pedersen',
    jobTitle: 'Teamleder',
    department: 'Ældre og Sundhed',
    role: 'colleague',
    manager: 'lars.nielsen',
    restrictions: ['appFolder'],
  },
  { given: 'Sofie', surname: 'Andersen', jobTitle: 'HR-konsulent', department: 'HR og Personale', role: 'noManager' },
  { given: 'Ahmed', surname: 'Yilmaz', jobTitle: 'Teamkoordinator', department: 'Ældre og Sundhed', role: 'colleague', manager: 'mette.hansen' },
  {
    given: 'Peter',
    surname: 'Møller',
    jobTitle: 'Souschef',
    department: 'Teknik og Miljø',
    role: 'orgContactManaged',
    manager: 'contact:karen.jensen',
    restrictions: ['places'],
  },
];

const ascii = (s: string) => s.toLowerCase().replace(/ø/g, 'oe').replace(/æ/g, 'ae').replace(/å/g, 'aa');
export const upnOf = (given: string, surname: string) => `${ascii(given)}.${ascii(surname)}@${DOMAIN}`;

export function seedOrgContacts(): OrgContact[] {
  return [
    {
      id: stableGuid('contact:karen.jensen'),
      displayName: 'Karen Jensen',
      givenName: 'Karen',
      surname: 'Jensen',
      mail: 'karen.jensen@konsulenthuset.example',
      jobTitle: 'Konstitueret teknisk chef',
      companyName: 'Konsulenthuset ApS',
    },
  ];
}

export function seedUsers(): DirectoryUser[] {
  const idOf = (ref: string) => (ref.startsWith('contact:') ? stableGuid(ref) : stableGuid(`${ref}@${DOMAIN}`));
  return PEOPLE.map((p, i) => {
    const upn = upnOf(p.given, p.surname);
    return {
      id: stableGuid(upn),
      displayName: `${p.given} ${p.surname}`,
      givenName: p.given,
      surname: p.surname,
      userPrincipalName: upn,
      mail: upn,
      jobTitle: p.jobTitle,
      department: p.department,
      officeLocation: 'Rådhuset',
      mobilePhone: `+45 20 ${String(11 + i * 7).padStart(2, '0')} 40 ${String(30 + i).padStart(2, '0')}`,
      businessPhones: [`+45 70 10 20 ${String(10 + i).padStart(2, '0')}`],
      preferredLanguage: 'da-DK',
      role: p.role,
      ...(p.manager ? { managerId: idOf(p.manager) } : {}),
      restrictions: p.restrictions ?? [],
    };
  });
}

export function seedRooms(): Room[] {
  const room = (name: string, local: string, capacity: number, floorNumber: number, tags: string[]): Room => ({
    id: stableGuid(`room:${local}`),
    displayName: name,
    emailAddress: `${local}@${DOMAIN}`,
    capacity,
    building: 'Rådhuset',
    floorNumber,
    isWheelChairAccessible: true,
    tags,
  });
  return [
    room('Mødelokale Ålen', 'moedelokale.aalen', 8, 1, ['skærm', 'whiteboard']),
    room('Stillerummet', 'stillerummet', 3, 2, ['stille', 'samtalerum']),
    room('Mødelokale Bøgen', 'moedelokale.boegen', 12, 2, ['skærm', 'video']),
  ];
}
