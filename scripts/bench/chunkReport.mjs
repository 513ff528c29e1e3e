// Which modules a built chunk is made of, and what each costs: reads the chunk's source map
// (a production build with LEDERDIALOG_SOURCE_MAPS=1 writes them, linked from no page) and counts
// the minified bytes each source produced. The gzip cost of a module is its share of the chunk's
// minified bytes times the chunk's gzip -9 size: gzip does not compress modules separately, so
// this is an apportioned estimate; the chunk totals themselves are exact.
import fs from 'node:fs';

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const DIGIT = new Map([...BASE64].map((c, i) => [c, i]));

/** Decodes one source-map segment (base64 VLQ) into its numbers. */
function decodeSegment(segment) {
  const values = [];
  let value = 0;
  let shift = 0;
  for (const char of segment) {
    const digit = DIGIT.get(char);
    if (digit === undefined) throw new Error(`bad source-map character ${char}`);
    value += (digit & 31) << shift;
    if (digit & 32) shift += 5;
    else {
      values.push(value & 1 ? -(value >>> 1) : value >>> 1);
      value = 0;
      shift = 0;
    }
  }
  return values;
}

/** "webpack://lederdialog/./node_modules/@fluentui/react-button/lib/…" → "@fluentui/react-button". */
export function moduleGroup(source) {
  const path = source.replace(/^webpack:\/\/[^/]*\//, '').replace(/^\.\//, '');
  const pkg = /(?:^|\/)node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(path);
  if (pkg) return pkg[1];
  if (path.startsWith('webpack/')) return '(webpack runtime)';
  return path;
}

/** Minified bytes per module group in one chunk ({ group → bytes }), from its source map. */
export function bytesBySource(code, map) {
  const lines = code.split('\n');
  const out = new Map();
  const add = (group, n) => out.set(group, (out.get(group) ?? 0) + n);
  const mappingLines = map.mappings.split(';');
  let sourceIndex = 0;
  let mapped = 0;
  mappingLines.forEach((mappingLine, lineNo) => {
    const text = lines[lineNo] ?? '';
    let column = 0;
    const segments = mappingLine ? mappingLine.split(',').map(decodeSegment) : [];
    const starts = [];
    for (const seg of segments) {
      column += seg[0];
      if (seg.length >= 4) sourceIndex += seg[1];
      starts.push({ column, source: seg.length >= 4 ? sourceIndex : -1 });
    }
    for (let i = 0; i < starts.length; i++) {
      const end = i + 1 < starts.length ? starts[i + 1].column : text.length;
      const n = Buffer.byteLength(text.slice(starts[i].column, end));
      const name = starts[i].source >= 0 ? moduleGroup(map.sources[starts[i].source]) : '(unmapped)';
      add(name, n);
      mapped += n;
    }
  });
  const total = Buffer.byteLength(code);
  if (total > mapped) add('(unmapped)', total - mapped);
  return out;
}

/**
 * The modules of a chunk with their estimated gzip cost, largest first.
 * @returns {{ group: string, bytes: number, gzip: number }[]}
 */
export function chunkReport(jsFile, gzipBytes) {
  const code = fs.readFileSync(jsFile, 'utf8');
  const mapFile = `${jsFile}.map`;
  if (!fs.existsSync(mapFile)) return [];
  const bytes = bytesBySource(code, JSON.parse(fs.readFileSync(mapFile, 'utf8')));
  const total = Buffer.byteLength(code);
  return [...bytes.entries()].map(([group, n]) => ({ group, bytes: n, gzip: (gzipBytes * n) / total })).sort((a, b) => b.bytes - a.bytes);
}
