/**
 * POSTs `body` as JSON (a vote, a subscription): the answer's HTTP status, or
 * 0 when none came (network failure, CORS refusal, or no answer within
 * `timeout` ms). The answer's body is not read.
 */
export async function postJson(url: string, body: unknown, timeout: number): Promise<number> {
  const abort = new AbortController();
  const timer = setTimeout(() => abort.abort(), timeout);
  try {
    const res = await fetch(url, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      body: JSON.stringify(body),
      signal: abort.signal,
    });
    res.body?.cancel().catch(() => undefined);
    return res.status;
  } catch {
    return 0;
  } finally {
    clearTimeout(timer);
  }
}
