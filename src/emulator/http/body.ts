// Reading a JSON request body the way Graph does: malformed JSON and wrong content are a 400.
import { badRequest } from './errors';
import type { GraphRequest } from './context';
import type { JsonObject } from '../types';

export function readJsonObject(req: GraphRequest): JsonObject {
  const text = req.rawBody.toString('utf8').trim();
  if (!text) throw badRequest('BadRequest', 'Empty Payload. JSON content expected.');
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw badRequest('BadRequest', 'Unable to read JSON request payload. Please ensure Content-Type header is set and payload is of valid JSON format.');
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw badRequest('BadRequest', 'Invalid request body: a JSON object was expected.');
  }
  return value as JsonObject;
}
