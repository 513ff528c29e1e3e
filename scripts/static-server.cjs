// A small static file server for the built app (dist/): used by the end-to-end tests, the
// benchmark and `npm run serve`. It sends the production Content-Security-Policy as a header,
// so what the tests exercise is what production serves. SPA fallback to index.html.
const http = require('http');
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.map': 'application/json',
};

const COMPRESSIBLE = /^(text\/|application\/json|image\/svg)/;

/**
 * The language a visitor reads, for the prerendered start page: Teams fills `?locale={locale}`
 * in a tab's address; a browser sends Accept-Language (from the same setting as
 * navigator.language, which the app itself reads). Danish (`da*`) or nothing known → Danish.
 */
function visitorLanguage(url, acceptLanguage) {
  const tag = url.searchParams.get('locale') || (acceptLanguage || '').split(',')[0].trim();
  return !tag || /^da\b/i.test(tag) ? 'da' : 'en';
}

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
 * gzip: compress text responses (gzip -9) for clients that accept it, as production hosting does.
 * The start page: a build's index.html is prerendered in Danish and en.html in English; a visitor
 * whose language is not Danish gets en.html wherever index.html would be served.
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
    if (rel.includes('\0')) {
      res.writeHead(400, { 'content-type': 'text/plain' }).end('Bad request');
      return;
    }
    let base = root;
    let isMount = false;
    for (const [prefix, dir] of mounts) {
      if (rel.startsWith(prefix)) {
        base = dir;
        rel = '/' + rel.slice(prefix.length);
        isMount = true;
        break;
      }
    }
    let file = path.join(base, rel);
    if (!file.startsWith(base)) {
      res.writeHead(403).end();
      return;
    }
    if (!fs.existsSync(file) || fs.statSync(file).isDirectory()) {
      const index = path.join(file, 'index.html');
      if (fs.existsSync(index)) file = index;
      else if (!isMount && !path.extname(rel)) file = path.join(root, 'index.html');
      else {
        res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
        return;
      }
    }
    let vary = null;
    if (!isMount && file === path.join(root, 'index.html') && fs.existsSync(path.join(root, 'en.html'))) {
      vary = 'Accept-Language';
      if (visitorLanguage(url, req.headers['accept-language']) === 'en') file = path.join(root, 'en.html');
    }
    const type = TYPES[path.extname(file)] || 'application/octet-stream';
    const gzip = Boolean(options.gzip) && COMPRESSIBLE.test(type) && /\bgzip\b/.test(req.headers['accept-encoding'] || '');
    const headers = {
      'content-type': type,
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'strict-origin-when-cross-origin',
      // Content-hashed scripts (app.1a2b3c4d.js; lazy chunks are the hash alone, 1a2b3c4d.js) never change.
      'cache-control': /[./\\][0-9a-f]{8}\.js$/.test(file) ? 'public, max-age=31536000, immutable' : 'no-cache',
    };
    // The simulator page is a test host, not the app: it needs no CSP of ours.
    if (csp && !isMount && file.endsWith('.html')) headers['content-security-policy'] = csp;
    if (options.gzip) vary = vary ? `${vary}, Accept-Encoding` : 'Accept-Encoding';
    if (vary) headers.vary = vary;
    if (gzip) {
      const body = zlib.gzipSync(fs.readFileSync(file), { level: 9 });
      res.writeHead(200, { ...headers, 'content-encoding': 'gzip', 'content-length': body.length });
      res.end(body);
      return;
    }
    res.writeHead(200, headers);
    fs.createReadStream(file).pipe(res);
  });
  // Longer than a client's idle reuse of a connection (see src/emulator/server.ts: Node's 5 s raced it).
  server.keepAliveTimeout = 65_000;
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, options.host || '127.0.0.1', () => {
      const { port } = server.address();
      resolve({
        url: `http://127.0.0.1:${port}`,
        close: () =>
          new Promise((r) => {
            server.closeAllConnections?.();
            server.close(() => r());
          }),
      });
    });
  });
}

module.exports = { serveStatic };

if (require.main === module) {
  const { loadConfig } = require('./config.cjs');
  const config = loadConfig();
  const dir = process.argv.slice(2).find((arg) => !arg.startsWith('--')) || 'dist';
  const gzip = process.argv.includes('--gzip');
  const emulatorUrl = config.clientId ? undefined : `http://127.0.0.1:${config.emulatorPort}`;
  serveStatic({ dir, port: config.port, gzip, cspOptions: { graphBaseUrl: config.graphBaseUrl, emulatorUrl } }).then(({ url }) =>
    console.log(`Serving ${dir} on ${url}`),
  );
}
