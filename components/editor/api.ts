/** The editor page's calls to /api/editor/…: JSON in and out, the status kept for 409 and 422. */

export interface Answer<T = Record<string, unknown>> {
  status: number;
  body: T & { error?: string };
}

export async function getJson<T = Record<string, unknown>>(path: string): Promise<Answer<T>> {
  const res = await fetch(`/api/editor/${path}`, { cache: 'no-store' });
  return { status: res.status, body: (await res.json()) as Answer<T>['body'] };
}

export async function postJson<T = Record<string, unknown>>(path: string, body: unknown): Promise<Answer<T>> {
  const res = await fetch(`/api/editor/${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json()) as Answer<T>['body'] };
}
