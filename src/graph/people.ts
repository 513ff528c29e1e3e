/** The nearest leader from the directory, and a people search for choosing someone else. */
import type { OrgContact, Person as GraphPerson, User } from '@microsoft/microsoft-graph-types';
import { scopes } from '../auth/scopes';
import type { GraphClient } from './client';
import { isGraphAppError } from './errors';
import type { NearestLeader, Person } from './types';

type DirectoryObject = (User | OrgContact) & { '@odata.type'?: string };

/**
 * `GET /me/manager`. Graph answers 404 `Request_ResourceNotFound` when no manager is registered,
 * which is a normal answer here ("no nearest leader registered"), not an error.
 */
export async function getNearestLeader(graph: GraphClient): Promise<NearestLeader> {
  let manager: DirectoryObject;
  try {
    manager = await graph.get<DirectoryObject>('/me/manager?$select=id,displayName,mail,userPrincipalName', scopes.directory);
  } catch (error) {
    if (isGraphAppError(error) && error.kind === 'notFound') return { kind: 'none' };
    throw error;
  }
  const displayName = manager.displayName ?? '';
  if (manager['@odata.type'] === '#microsoft.graph.orgContact') {
    return { kind: 'orgContact', person: { displayName, mail: manager.mail ?? undefined, kind: 'orgContact' } };
  }
  const user = manager as User;
  return { kind: 'user', person: { id: user.id ?? '', displayName, mail: user.mail ?? user.userPrincipalName ?? undefined, kind: 'user' } };
}

const MAX_RESULTS = 10;

/** OData string literal: a single quote is doubled. */
function odataString(text: string): string {
  return `'${text.replace(/'/g, "''")}'`;
}

async function searchRelevantPeople(graph: GraphClient, query: string): Promise<Person[]> {
  // $search takes a quoted phrase; the quotes keep "Lars N" one query.
  const search = encodeURIComponent(`"${query.replace(/"/g, '')}"`);
  const page = await graph.get<{ value?: GraphPerson[] }>(
    `/me/people?$search=${search}&$top=${MAX_RESULTS}&$select=id,displayName,scoredEmailAddresses,userPrincipalName,personType`,
    scopes.people,
  );
  return (page.value ?? [])
    .filter((p) => !p.personType?.class || p.personType.class === 'Person')
    .map((p): Person => {
      const mail = p.scoredEmailAddresses?.[0]?.address ?? p.userPrincipalName ?? undefined;
      // A contact can be invited and shared with, but not chatted with; the picker says so.
      if (p.personType?.subclass === 'OrganizationContact') return { displayName: p.displayName ?? '', mail, kind: 'orgContact' };
      return { id: p.id ?? undefined, displayName: p.displayName ?? '', mail, kind: 'user' };
    })
    .filter((p) => p.displayName !== '' && p.mail !== undefined);
}

async function searchDirectory(graph: GraphClient, query: string): Promise<Person[]> {
  const literal = odataString(query);
  const filter = encodeURIComponent(`startswith(displayName,${literal}) or startswith(mail,${literal})`);
  const page = await graph.get<{ value?: User[] }>(
    `/users?$filter=${filter}&$top=${MAX_RESULTS}&$select=id,displayName,mail,userPrincipalName`,
    scopes.directory,
  );
  return (page.value ?? []).map((u) => ({
    id: u.id ?? undefined,
    displayName: u.displayName ?? '',
    mail: u.mail ?? u.userPrincipalName ?? undefined,
    kind: 'user' as const,
  }));
}

/**
 * People as you type: the relevant-people ranking first (colleagues one works with come first);
 * the directory's `startswith` when that finds nothing or is not available (no mailbox, no consent
 * for People.Read).
 */
export async function searchPeople(graph: GraphClient, query: string): Promise<Person[]> {
  const text = query.trim();
  if (text === '') return [];
  let found: Person[] = [];
  try {
    found = await searchRelevantPeople(graph, text);
  } catch (error) {
    if (!isGraphAppError(error) || !['consentMissing', 'accessDenied', 'noMailbox', 'notFound', 'badRequest'].includes(error.kind)) throw error;
  }
  if (found.length > 0) return found;
  return searchDirectory(graph, text);
}
