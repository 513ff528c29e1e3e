// The request log: one JSON line per request, {"method","url","headers","body","status","response"},
// with the Authorization value (and issued tokens) redacted. $batch sub-requests get their own line with
// "via":"$batch", so the log shows every Graph operation however it was sent. A request whose answer
// was lost (fault rateLostResponse) is logged with its real status and "lostResponse":{"clientStatus":504}.
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
    const response = entry.response && typeof entry.response === 'object' && 'access_token' in entry.response ? { ...entry.response, access_token: '[redacted]' } : entry.response;
    appendFileSync(this.file, `${JSON.stringify({ ...entry, headers, response })}\n`);
  }
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
