// Single-value extended properties on events, as Outlook keeps them: created inline with the event
// (POST/PATCH `singleValueExtendedProperties`), never returned unless asked for with
// `$expand=singleValueExtendedProperties($filter=id eq '…')`, and usable in
// `$filter=singleValueExtendedProperties/Any(ep: ep/id eq '…' and <value test>)` with eq, ne,
// startswith or contains on a string value. Ids match with the GUID case-insensitive and the Name
// case-sensitive; values compare case-insensitively (the docs' rules). They stay in the mailbox that
// set them: an attendee's copy of a meeting does not carry the organiser's properties.
import { GraphError } from '../http/errors';
import type { JsonObject, StoredEvent } from '../types';

export interface ExtendedProperty {
  id: string;
  value: string;
}

const ID =
  /^(String|Integer|Boolean|SystemTime|Binary|Guid|Double|Float|Long|Short|Currency|ApplicationTime|CLSID|Object)\s+(\{[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\}\s+(Name\s+\S.*|Id\s+0x[0-9a-f]+)|0x[0-9a-f]{1,4})$/i;

function invalid(message: string) {
  return new GraphError(400, 'ErrorInvalidProperty', message);
}

/** Take `singleValueExtendedProperties` out of a create/update body, checked. */
export function takeExtendedProperties(body: JsonObject): ExtendedProperty[] | undefined {
  if (!('singleValueExtendedProperties' in body)) return undefined;
  const raw = body.singleValueExtendedProperties;
  delete body.singleValueExtendedProperties;
  if (!Array.isArray(raw)) throw invalid('singleValueExtendedProperties must be a collection.');
  return raw.map((p) => {
    const o = (p ?? {}) as JsonObject;
    if (typeof o.id !== 'string' || !ID.test(o.id.trim())) throw invalid(`The extended property id '${String(o.id)}' is not valid.`);
    if (typeof o.value !== 'string') throw invalid('An extended property needs a string value.');
    return { id: o.id.trim(), value: o.value };
  });
}

/** Same property: GUID and type case-insensitive, Name case-sensitive. */
export function sameId(a: string, b: string): boolean {
  const split = (s: string) => {
    const m = /^(\S+)\s+(\{[^}]+\})\s+Name\s+(.+)$/i.exec(s.trim());
    return m ? { head: `${m[1]} ${m[2]}`.toLowerCase(), name: m[3]! } : { head: s.trim().toLowerCase(), name: '' };
  };
  const x = split(a);
  const y = split(b);
  return x.head === y.head && x.name === y.name;
}

/** Merge (PATCH): a property with the same id is replaced, others are added. */
export function mergeExtendedProperties(event: StoredEvent, props: ExtendedProperty[]): void {
  const kept = (event.extendedProperties ?? []).filter((p) => !props.some((q) => sameId(p.id, q.id)));
  event.extendedProperties = [...kept, ...props];
}

type ValueTest = { op: 'eq' | 'ne' | 'startswith' | 'contains'; value: string };
export interface ExtendedFilter {
  id: string;
  test?: ValueTest;
}

const LITERAL = "'((?:[^']|'')*)'";
const unquote = (s: string) => s.replace(/''/g, "'");

/** `singleValueExtendedProperties/Any(ep: ep/id eq '…' and …)`, or undefined when the filter is about something else. */
export function parseExtendedFilter(filter: string): ExtendedFilter | undefined {
  const any = /^\s*singleValueExtendedProperties\/any\(\s*(\w+)\s*:\s*(.*)\)\s*$/i.exec(filter);
  if (!any) return undefined;
  const v = any[1]!;
  const body = any[2]!.trim();
  const idClause = new RegExp(`^${v}/id\\s+eq\\s+${LITERAL}`, 'i').exec(body);
  if (!idClause) throw new GraphError(400, 'ErrorInvalidUrlQueryFilter', 'An extended property filter needs an eq on the id.');
  const rest = body.slice(idClause[0].length).trim();
  const out: ExtendedFilter = { id: unquote(idClause[1]!) };
  if (rest === '') return out;
  const and = /^and\s+(.*)$/i.exec(rest);
  if (!and) throw new GraphError(400, 'ErrorInvalidUrlQueryFilter', `Unsupported extended property filter: '${filter}'.`);
  const clause = and[1]!.trim();
  let m = new RegExp(`^${v}/value\\s+(eq|ne)\\s+${LITERAL}$`, 'i').exec(clause);
  if (m) out.test = { op: m[1]!.toLowerCase() as 'eq' | 'ne', value: unquote(m[2]!) };
  else if ((m = new RegExp(`^(startswith|contains)\\(\\s*${v}/value\\s*,\\s*${LITERAL}\\s*\\)$`, 'i').exec(clause))) {
    out.test = { op: m[1]!.toLowerCase() as 'startswith' | 'contains', value: unquote(m[2]!) };
  } else throw new GraphError(400, 'ErrorInvalidUrlQueryFilter', `Unsupported extended property filter: '${filter}'.`);
  return out;
}

export function matchesExtendedFilter(event: StoredEvent, f: ExtendedFilter): boolean {
  const prop = (event.extendedProperties ?? []).find((p) => sameId(p.id, f.id));
  if (!prop) return false;
  if (!f.test) return true;
  const a = prop.value.toLowerCase();
  const b = f.test.value.toLowerCase();
  switch (f.test.op) {
    case 'eq':
      return a === b;
    case 'ne':
      return a !== b;
    case 'startswith':
      return a.startsWith(b);
    case 'contains':
      return a.includes(b);
  }
}

/** `$expand=singleValueExtendedProperties($filter=id eq '…')`: the properties to show, or undefined when not asked for. */
export function expandedProperties(event: StoredEvent, expand: string | null): ExtendedProperty[] | undefined {
  if (!expand) return undefined;
  const m = /singleValueExtendedProperties\s*\(\s*\$filter\s*=\s*id\s+eq\s+'((?:[^']|'')*)'\s*\)/i.exec(expand);
  if (!m) {
    if (/singleValueExtendedProperties/i.test(expand)) throw new GraphError(400, 'ErrorInvalidUrlQuery', 'Expanding extended properties needs $filter=id eq …');
    return undefined;
  }
  const id = unquote(m[1]!);
  return (event.extendedProperties ?? []).filter((p) => sameId(p.id, id));
}
