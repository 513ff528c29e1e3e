// The request log: one JSON line per request, {"method","url","headers","body","status","response"},
// with the Authorization value (and issued tokens) redacted. $batch sub-requests get their own line with
// "via":"$batch", so the log shows every Graph operation however it was sent. A request whose answer
// was lost (fault rateLostResponse) is logged with its real status and "lostResponse":{"clientStatus":504}.
// File contents (uploads to and downloads from …/content, pre-authenticated downloads) are never
// written: they are the leader's private notes and contracts; the log keeps only their size.
import { appendFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';

export interface LogEntry {
  method: string;
  url: string;
  headers: Record<string, string>;
  body: unknown;
  status: number;
  response: unknown;
  via?: '$batch';
  batchRequestId?: string;
  /**
   * A lost-response fault: `status`/`response` above are what the request really did; the client
   * got this status (504) instead.
   */
  lostResponse?: { clientStatus: number };
}

export class RequestLog {
  constructor(private readonly file: string | undefined) {
    if (file) mkdirSync(path.dirname(file), { recursive: true });
  }

  write(entry: LogEntry): void {
    if (!this.file) return;
    const headers = { ...entry.headers };
    for (const key of Object.keys(headers)) if (key.toLowerCase() === 'authorization') headers[key] = 'Bearer [redacted]';
    // Issued tokens are secrets too: keep them out of the file.
    let response =
      entry.response && typeof entry.response === 'object' && 'access_token' in entry.response
        ? { ...entry.response, access_token: '[redacted]' }
        : entry.response;
    let body = entry.body;
    if (carriesFileContent(entry.url)) {
      body = redactedContent(body);
      // An upload answers with the item's metadata (kept); a download answers with the bytes.
      if (entry.method.toUpperCase() === 'GET') response = redactedContent(response);
    }
    appendFileSync(this.file, `${JSON.stringify({ ...entry, headers, body, response })}\n`);
  }
}

/** Uploads and downloads of a file's bytes: `…/content` (also `…:/content`), and the emulator's download links. */
export function carriesFileContent(url: string): boolean {
  let pathOnly = url.split('?')[0] ?? '';
  try {
    pathOnly = decodeURIComponent(pathOnly);
  } catch {
    /* a malformed escape: judge the raw path */
  }
  return /\/content$|:\/content$|^\/_download\//i.test(pathOnly.replace(/:$/, ''));
}

/** What the log keeps of a file's content: its size, never the text. */
function redactedContent(value: unknown): unknown {
  if (value === null || value === undefined) return value ?? null;
  // A Graph error answer is not file content and helps explain a failure.
  if (typeof value === 'object' && value !== null && 'error' in value) return value;
  if (typeof value === 'string' && /^<\d+ bytes>$/.test(value)) return value; // already only a size
  const size = typeof value === 'string' ? Buffer.byteLength(value) : Buffer.byteLength(JSON.stringify(value));
  return `<${size} bytes>`;
}

/** A body for the log: parsed JSON where it is JSON, text where it is text, a size otherwise. */
export function loggable(body: unknown, contentType?: string): unknown {
  if (body === undefined || body === null) return null;
  if (Buffer.isBuffer(body)) {
    if (!body.length) return null;
    const text = body.toString('utf8');
    if (!contentType || /json/i.test(contentType)) {
      try {
        return JSON.parse(text);
      } catch {
        /* not JSON: fall through */
      }
    }
    if (contentType && /^text\/|json|xml/i.test(contentType)) return text;
    return `<${body.length} bytes>`;
  }
  return body;
}
