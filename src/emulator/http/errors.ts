// Graph's error shape: { error: { code, message, innerError: { date, request-id, client-request-id } } }.
// Handlers throw GraphError; the server turns it into that body.

export class GraphError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}

export function graphErrorBody(code: string, message: string, requestId: string, clientRequestId: string) {
  return {
    error: {
      code,
      message,
      innerError: { date: new Date().toISOString().replace(/\.\d{3}Z$/, ''), 'request-id': requestId, 'client-request-id': clientRequestId },
    },
  };
}

export const notFound = (code: string, message: string) => new GraphError(404, code, message);
export const badRequest = (code: string, message: string) => new GraphError(400, code, message);
export const forbidden = (code: string, message: string) => new GraphError(403, code, message);
