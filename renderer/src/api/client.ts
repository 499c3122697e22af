import type { Channel, InputOf, OutputOf } from '../../../shared/api/contract';
import type { ApiResult, ErrorCode } from '../../../shared/api/result';

interface Bridge {
  invoke(channel: string, input: unknown): Promise<ApiResult<unknown>>;
}

declare global {
  interface Window {
    /** Exposed by the Electron preload; absent in browser mode. */
    muskel?: Bridge;
  }
}

const TOKEN_KEY = 'muskel.token';

/** Browser mode: the token arrives once in the URL and is kept for this tab only. */
function browserToken(): string {
  const fromUrl = new URLSearchParams(window.location.search).get('token');
  if (fromUrl) sessionStorage.setItem(TOKEN_KEY, fromUrl);
  return fromUrl ?? sessionStorage.getItem(TOKEN_KEY) ?? '';
}

async function overHttp(channel: string, input: unknown): Promise<ApiResult<unknown>> {
  try {
    const response = await fetch(`/api/${encodeURIComponent(channel)}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Muskel-Token': browserToken() },
      body: JSON.stringify(input),
    });
    return (await response.json()) as ApiResult<unknown>;
  } catch {
    return { ok: false, error: { code: 'INTERNAL', message: 'Tidak dapat menghubungi Muskel. Pastikan program Muskel masih berjalan.' } };
  }
}

/** The renderer's only way to the services: one typed call per contract channel. */
export async function invoke<C extends Channel>(channel: C, input: InputOf<C>): Promise<ApiResult<OutputOf<C>>> {
  const result = window.muskel ? await window.muskel.invoke(channel, input) : await overHttp(channel, input);
  return result as ApiResult<OutputOf<C>>;
}

/** For places where failure is shown as a message: throws the API error as an ApiFailure. */
export async function call<C extends Channel>(channel: C, input: InputOf<C>): Promise<OutputOf<C>> {
  const result = await invoke(channel, input);
  if (!result.ok) throw new ApiFailure(result.error.message, result.error.code, result.error.field, result.error.problems);
  return result.value;
}

/** A refused call: the Indonesian message to show, the API error code, the field to blame or every reason, where given. */
export class ApiFailure extends Error {
  constructor(
    message: string,
    readonly code: ErrorCode,
    readonly field?: string,
    readonly problems?: readonly string[],
  ) {
    super(message);
    this.name = 'ApiFailure';
  }
}
