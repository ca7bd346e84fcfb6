/** Polls until `check` holds, for effects of background jobs. */
export async function waitFor(check: () => Promise<boolean>, timeoutMs = 15000, everyMs = 100): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > until) throw new Error(`condition not met within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, everyMs));
  }
}
