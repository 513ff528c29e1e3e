// A small table router: each area registers (method, path pattern, handler). Patterns are
// written like '/me/events/{id}/instances'; literal segments match case-insensitively, as Graph's do.
import { GraphError } from './errors';
import type { GraphRequest, GraphResponse } from './context';

export type Handler = (req: GraphRequest, params: Record<string, string>) => GraphResponse | Promise<GraphResponse>;

interface Route {
  method: string;
  pattern: string;
  regex: RegExp;
  names: string[];
  handler: Handler;
}

export class Router {
  private readonly routes: Route[] = [];

  add(method: string, pattern: string, handler: Handler): this {
    const names: string[] = [];
    const source = pattern
      .split('/')
      .map((seg) => {
        const m = /^\{(\w+)\}$/.exec(seg);
        if (m) {
          names.push(m[1]!);
          return '([^/]+)';
        }
        return seg.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      })
      .join('/');
    this.routes.push({ method, pattern, regex: new RegExp(`^${source}/?$`, 'i'), names, handler });
    return this;
  }

  /** Every registered (method, pattern), e.g. for checking that each has a permission row. */
  list(): { method: string; pattern: string }[] {
    return this.routes.map(({ method, pattern }) => ({ method, pattern }));
  }

  /** A custom matcher for addressing schemes a pattern cannot express (OneDrive's `root:/path:`). */
  addMatcher(match: (method: string, path: string) => Handler | null): this {
    this.matchers.push(match);
    return this;
  }

  private readonly matchers: ((method: string, path: string) => Handler | null)[] = [];

  async dispatch(req: GraphRequest): Promise<GraphResponse> {
    let pathMatched = false;
    for (const route of this.routes) {
      const m = route.regex.exec(req.path);
      if (!m) continue;
      pathMatched = true;
      if (route.method !== req.method) continue;
      const params: Record<string, string> = {};
      route.names.forEach((name, i) => (params[name] = m[i + 1]!));
      return route.handler(req, params);
    }
    for (const matcher of this.matchers) {
      const handler = matcher(req.method, req.path);
      if (handler) return handler(req, {});
    }
    if (pathMatched) throw new GraphError(405, 'Request_BadRequest', `The HTTP method '${req.method}' is not allowed for the resource '${req.path}'.`);
    throw new GraphError(400, 'BadRequest', `Resource not found for the segment '${req.path.split('/').filter(Boolean).pop() ?? ''}'.`);
  }
}
