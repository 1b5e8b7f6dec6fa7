import { badRequest } from './ApiError.ts';

export type JsonObject = Record<string, unknown>;

/** Bodies larger than this are refused before parsing; no Vern request body comes close. */
const MAX_JSON_BYTES = 5 * 1024 * 1024;

/** Read a JSON object body, or throw the 400 a malformed request deserves. */
export async function readJsonObject(request: Request): Promise<JsonObject> {
  const text = await request.text();
  if (text.length > MAX_JSON_BYTES) throw badRequest('Request body is too large');
  if (text.trim() === '') throw badRequest('Request body must be a JSON object');
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw badRequest('Malformed JSON body');
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw badRequest('Request body must be a JSON object');
  }
  return parsed as JsonObject;
}

export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function requiredString(body: JsonObject, key: string): string {
  const value = body[key];
  if (value === undefined || value === null) throw badRequest(`${key} is required`);
  if (typeof value !== 'string') throw badRequest(`${key} must be a string`);
  if (value.trim() === '') throw badRequest(`${key} must not be empty`);
  return value;
}

/** `undefined` when absent; `null` passes through when `nullable`. */
export function optionalString(body: JsonObject, key: string): string | undefined;
export function optionalString(body: JsonObject, key: string, nullable: true): string | null | undefined;
export function optionalString(body: JsonObject, key: string, nullable = false): string | null | undefined {
  const value = body[key];
  if (value === undefined) return undefined;
  if (value === null) {
    if (nullable) return null;
    throw badRequest(`${key} must be a string`);
  }
  if (typeof value !== 'string') throw badRequest(`${key} must be a string${nullable ? ' or null' : ''}`);
  return value;
}

export function optionalBoolean(body: JsonObject, key: string): boolean | undefined {
  const value = body[key];
  if (value === undefined) return undefined;
  if (typeof value !== 'boolean') throw badRequest(`${key} must be a boolean`);
  return value;
}

export function optionalObject(body: JsonObject, key: string): JsonObject | undefined {
  const value = body[key];
  if (value === undefined) return undefined;
  if (!isObject(value)) throw badRequest(`${key} must be an object`);
  return value;
}

export function optionalStringArray(body: JsonObject, key: string): string[] | undefined;
export function optionalStringArray(
  body: JsonObject,
  key: string,
  nullable: true,
): string[] | null | undefined;
export function optionalStringArray(
  body: JsonObject,
  key: string,
  nullable = false,
): string[] | null | undefined {
  const value = body[key];
  if (value === undefined) return undefined;
  if (value === null && nullable) return null;
  if (!Array.isArray(value) || value.some((v) => typeof v !== 'string')) {
    throw badRequest(`${key} must be an array of strings${nullable ? ' or null' : ''}`);
  }
  return value as string[];
}
