// A small static file server for the built app (dist/): used by the end-to-end tests, the
// benchmark and `npm run serve`. It sends the production Content-Security-Policy as a header,
// so what the tests exercise is what production serves. SPA fallback to index.html.
const http = require('http');
const fs = require('fs');
const path = require('path');

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8', '.json': 'application/json; charset=utf-8', '.png': 'image/png',
  '.svg': 'image/svg+xml', '.ico': 'image/x-icon', '.txt': 'text/plain; charset=utf-8', '.map': 'application/json',
};

function loadCsp(options) {
  if (options.csp === false) return null;
  if (typeof options.csp === 'string') return options.csp;
  try {
    const { buildCsp } = require('./csp.cjs');
    return buildCsp(options.cspOptions || {});
  } catch {
    return null;
  }
}

/**
 * @param {{ dir: string, port?: number, host?: string, mounts?: Record<string,string>, csp?: string|false, cspOptions?: object }} options
 * mounts: extra URL prefixes served from other folders, e.g. { '/__simulator/': 'tests/e2e/simulator' }.
 * @returns {Promise<{ url: string, close(): Promise<void> }>}
 */
function serveStatic(options) {
  const root = path.resolve(options.dir);
  const mounts = Object.entries(options.mounts || {}).map(([prefix, dir]) => [prefix, path.resolve(dir)]);
  const csp = loadCsp(options);
  const server = http.createServer((req, res) => {
    let url;
    let rel;
    // A malformed address (`/%E0%A4%A`, a bad host part) is the client's mistake: answer 400, never crash the server.
    try {
      url = new URL(req.url || '/', 'http://localhost');
      rel = decodeURIComponent(url.pathname);
    } catch {
      res.writeHead(400, { 'content-type': 'text/plain' }).end('Bad request');
      return;
    }
    if (rel.includes('\0')) { res.writeHead(400, { 'content-type': 'text/plain' }).end('Bad request'); return; }
    let base = root;
    let isMount = false;
    for (const [prefix, dir] of mounts) {
      if (rel.startsWith(prefix)) { base = dir; rel = '/' + rel.slice(prefix.length); isMount = true; break; }
    }
    let file = path.join(base, rel);
    if (!file.startsWith(base)) { res.writeHead(403).end(); return; }
    if (!fs.existsSync(file) || fs.statSync(file).isDirectory()) {
      const index = path.join(file, 'index.html');
      if (fs.existsSync(index)) file = index;
      else if (!isMount && !path.extname(rel)) file = path.join(root, 'index.html');
      else { res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found'); return; }
    }
    const headers = {
      'content-type': TYPES[path.extname(file)] || 'application/octet-stream',
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'strict-origin-when-cross-origin',
      'cache-control': /\.[0-9a-f]{8}\.js$/.test(file) ? 'public, max-age=31536000, immutable' : 'no-cache',
    };
    // The simulator page is a test host, not the app: it needs no CSP of ours.
    if (csp && !isMount && file.endsWith('.html')) headers['content-security-policy'] = csp;
    res.writeHead(200, headers);
    fs.createReadStream(file).pipe(res);
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, options.host || '127.0.0.1', () => {
      const { port } = server.address();
      resolve({
        url: `http://127.0.0.1:${port}`,
        close: () => new Promise((r) => { server.closeAllConnections?.(); server.close(() => r()); }),
      });
    });
  });
}

module.exports = { serveStatic };

if (require.main === module) {
  const { loadConfig } = require('./config.cjs');
  const config = loadConfig();
  const dir = process.argv[2] || 'dist';
  serveStatic({ dir, port: config.port, cspOptions: { graphBaseUrl: config.graphBaseUrl } }).then(({ url }) =>
    console.log(`Serving ${dir} on ${url}`),
  );
}
