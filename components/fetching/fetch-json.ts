/**
 * The fetcher of every SWR hook: JSON of a URL of the API, or a FetchError
 * carrying the HTTP status and the API's own message.
 */

/** An API answer that was not 2xx, with its status. */
export class FetchError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
    this.name = 'FetchError';
  }
}

export async function fetchJson<T>(url: string): Promise<T> {
  const response = await fetch(url, { headers: { accept: 'application/geo+json, application/json' } });
  if (!response.ok) {
    const body = (await response.json().catch(() => null)) as { error?: string } | null;
    throw new FetchError(response.status, body?.error ?? `${response.status} ${response.statusText}`);
  }
  return response.json() as Promise<T>;
}

/** Errors worth retrying: the network, or the server (5xx). A 4xx will answer the same again. */
export function isTransient(error: unknown): boolean {
  return !(error instanceof FetchError) || error.status >= 500;
}

/**
 * SWR's onErrorRetry: transient errors again after errorRetryInterval,
 * doubling each time up to 64 times it; client errors (4xx) never.
 */
export function retryTransient(
  error: unknown,
  _key: string,
  config: { errorRetryInterval?: number },
  revalidate: (opts: { retryCount: number; dedupe: boolean }) => void,
  opts: { retryCount: number; dedupe: boolean },
): void {
  if (!isTransient(error)) return;
  const interval = config.errorRetryInterval ?? 5_000;
  setTimeout(() => revalidate(opts), Math.min(2 ** Math.max(opts.retryCount - 1, 0), 64) * interval);
}
