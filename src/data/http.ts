import { errorCodes, type ErrorCode } from '../api/error-codes.ts';
import { AppError } from './app-error.ts';
import { districtHeaders } from './current-district.ts';

export interface RequestOptions {
  body?: unknown;
  signal?: AbortSignal;
  fetch?: typeof fetch;
  /** For a write sent at once rather than through the outbox. */
  idempotencyKey?: string;
}

const knownCodes = new Set<string>(errorCodes);

/**
 * Calls the portal API on the same origin, for the current district
 * (`X-District`). Unsafe methods carry the CSRF header the server
 * requires; refusals become AppErrors with the server's code, a lost
 * connection becomes `network_unavailable`.
 */
export async function apiRequest(
  method: 'GET' | 'POST' | 'PUT' | 'DELETE',
  path: string,
  options: RequestOptions = {},
): Promise<unknown> {
  const headers: Record<string, string> = { accept: 'application/json', ...districtHeaders() };
  if (method !== 'GET') headers['x-requested-with'] = 'portal';
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  if (options.idempotencyKey) headers['idempotency-key'] = options.idempotencyKey;

  let response: Response;
  try {
    response = await (options.fetch ?? fetch)(path, {
      method,
      headers,
      credentials: 'same-origin',
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      signal: options.signal,
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new AppError('network_unavailable', 'The server could not be reached');
  }

  const text = await response.text();
  const body: unknown = text ? safeJson(text) : undefined;
  if (response.ok) return body;
  throw refusal(response.status, body);
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** An answer's params, kept only when every one is a number. */
function numbersOf(params: unknown): Record<string, number> | undefined {
  if (typeof params !== 'object' || params === null) return undefined;
  const entries = Object.entries(params);
  return entries.every(([, value]) => typeof value === 'number')
    ? Object.fromEntries(entries as Array<[string, number]>)
    : undefined;
}

function refusal(status: number, body: unknown): AppError {
  if (typeof body === 'object' && body !== null && 'code' in body) {
    const { code, message, field, params } = body as Record<string, unknown>;
    if (typeof code === 'string' && knownCodes.has(code)) {
      return new AppError(
        code as ErrorCode,
        typeof message === 'string' ? message : code,
        typeof field === 'string' ? field : undefined,
        numbersOf(params),
      );
    }
  }
  if (status === 401) return new AppError('not_signed_in');
  if (status === 429) return new AppError('too_many_attempts');
  // A proxy's or gateway's answer while the server is away: treat as offline.
  if (status === 502 || status === 503 || status === 504) {
    return new AppError('network_unavailable', `HTTP ${status}`);
  }
  return new AppError(status >= 500 ? 'server_error' : 'invalid_request', `HTTP ${status}`);
}
