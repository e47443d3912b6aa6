/**
 * Talks to the integration runner (test/runner/run-integration.mjs) over loopback HTTP. The runner passes its
 * address to the extension host as NEWS_ANNOTATOR_RUNNER_URL; it is absent when tests run without the runner.
 */
export function runnerUrl(): string | undefined {
  return process.env.NEWS_ANNOTATOR_RUNNER_URL || undefined;
}

/** POST a JSON body to the runner; resolves with its JSON answer. Throws on a non-2xx answer. */
export async function postToRunner<T = unknown>(route: string, body: unknown): Promise<T> {
  const base = runnerUrl();
  if (!base) throw new Error('NEWS_ANNOTATOR_RUNNER_URL is not set: not running under the integration runner');
  const res = await fetch(`${base}${route}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  const text = await res.text();
  if (!res.ok) throw new Error(`runner ${route} answered ${res.status}: ${text}`);
  return (text ? JSON.parse(text) : undefined) as T;
}
