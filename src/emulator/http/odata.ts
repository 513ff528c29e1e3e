// OData query options shared by the collection endpoints: $select, $top/$skip paging with
// @odata.nextLink, simple $filter, and @odata.context URLs.
import { badRequest } from './errors';
import type { GraphRequest } from './context';

export function contextUrl(req: GraphRequest, fragment: string): string {
  return `${req.graphUrl}/$metadata#${fragment}`;
}

/** Keep only the $select-ed properties (plus id and OData annotations). */
export function applySelect<T extends Record<string, unknown>>(req: GraphRequest, item: T): T {
  const select = req.query.get('$select');
  if (!select) return item;
  const wanted = new Set(
    select
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean),
  );
  // An expanded navigation property is returned whatever $select says (OData).
  for (const nav of (req.query.get('$expand') ?? '').split(',')) {
    const name = /^\s*([A-Za-z]+)/.exec(nav)?.[1];
    if (name) wanted.add(name);
  }
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(item)) {
    if (key === 'id' || key.startsWith('@') || wanted.has(key)) out[key] = value;
  }
  return out as T;
}

/**
 * One page of a collection, as Graph returns it: `value`, and `@odata.nextLink` when more remain.
 * `defaultTop` is the page size Graph uses for that collection when $top is absent.
 */
export function page(req: GraphRequest, context: string, items: Record<string, unknown>[], defaultTop: number, maxTop = 1000) {
  const top = parseNonNegative(req.query.get('$top'), '$top') ?? defaultTop;
  if (top > maxTop) throw badRequest('BadRequest', `Invalid page size specified: '${top}'. Must be between 1 and ${maxTop} inclusive.`);
  const skip = parseNonNegative(req.query.get('$skip'), '$skip') ?? 0;
  const slice = items.slice(skip, skip + top).map((item) => applySelect(req, item));
  const body: Record<string, unknown> = { '@odata.context': contextUrl(req, context) };
  if (req.query.get('$count') === 'true') body['@odata.count'] = items.length;
  body.value = slice;
  if (skip + top < items.length) {
    const next = new URLSearchParams(req.query);
    next.set('$skip', String(skip + top));
    next.set('$top', String(top));
    body['@odata.nextLink'] = `${req.graphUrl}${req.path}?${next.toString()}`;
  }
  return body;
}

function parseNonNegative(raw: string | null, name: string): number | undefined {
  if (raw === null) return undefined;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 0) throw badRequest('BadRequest', `Invalid value '${raw}' for query option ${name}.`);
  return n;
}

type Clause = { fn: 'startswith' | 'eq'; property: string; value: string };

/**
 * The small $filter subset the app uses: `startswith(prop,'x')` and `prop eq 'x'`, joined by `or`
 * (or all by `and`). Anything else is refused like Graph refuses unsupported queries.
 */
export function parseFilter(filter: string, allowed: string[]): { join: 'and' | 'or'; clauses: Clause[] } {
  const hasAnd = /\s+and\s+/i.test(filter);
  const hasOr = /\s+or\s+/i.test(filter);
  if (hasAnd && hasOr) throw unsupported(filter);
  const join = hasAnd ? 'and' : 'or';
  const clauses = filter.split(hasAnd ? /\s+and\s+/i : /\s+or\s+/i).map((part) => {
    const p = part.trim().replace(/^\((.*)\)$/, '$1');
    let m = /^startswith\(\s*([A-Za-z]+)\s*,\s*'((?:[^']|'')*)'\s*\)$/i.exec(p);
    if (m) return { fn: 'startswith' as const, property: m[1]!, value: m[2]!.replace(/''/g, "'") };
    m = /^([A-Za-z]+)\s+eq\s+'((?:[^']|'')*)'$/i.exec(p);
    if (m) return { fn: 'eq' as const, property: m[1]!, value: m[2]!.replace(/''/g, "'") };
    throw unsupported(filter);
  });
  for (const c of clauses) {
    if (!allowed.includes(c.property))
      throw badRequest('Request_UnsupportedQuery', `Unsupported or invalid query filter clause specified for property '${c.property}' of resource.`);
  }
  return { join, clauses };
}

export function matchesFilter(item: Record<string, unknown>, f: ReturnType<typeof parseFilter>): boolean {
  const test = (c: Clause) => {
    const v = item[c.property];
    if (typeof v !== 'string') return false;
    return c.fn === 'eq' ? v.toLowerCase() === c.value.toLowerCase() : v.toLowerCase().startsWith(c.value.toLowerCase());
  };
  return f.join === 'and' ? f.clauses.every(test) : f.clauses.some(test);
}

function unsupported(filter: string) {
  return badRequest('Request_UnsupportedQuery', `Unsupported query filter: '${filter}'.`);
}
