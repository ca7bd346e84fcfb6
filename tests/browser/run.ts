/**
 * The browser tests: builds the portal, starts the real API (which serves it) on a fresh, seeded test
 * database with startTestApp(), and drives Debian's Chromium with playwright-core through every
 * tests/browser/*.browser.ts file. Screenshots go to artifacts/screenshots/. Exits non-zero on a failure.
 *
 *   npm run test:browser                 # everything
 *   npm run test:browser -- werkgever    # only tests whose file or name contains "werkgever"
 *   BROWSER_SKIP_BUILD=1 npm run test:browser   # reuse apps/web/dist
 */
import 'reflect-metadata';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import globalSetup from '../support/global-setup';
import { startTestApp, type TestApp } from '../support/test-app';
import { registry, SCREENSHOTS, setCurrentFile, Skip, TestContext } from './harness';

const ROOT = join(__dirname, '..', '..');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-quic',
  '--no-first-run',
  '--disable-component-update',
  '--disable-sync',
];
const TEST_TIMEOUT_MS = Number(process.env.BROWSER_TEST_TIMEOUT_MS ?? 60_000);

async function main(): Promise<number> {
  const started = Date.now();
  const filter = process.argv[2]?.toLowerCase();
  const times: string[] = [];
  const lap = (what: string, since: number) => times.push(`${what} ${((Date.now() - since) / 1000).toFixed(1)}s`);

  if (!existsSync(CHROMIUM)) {
    console.error(`Chromium ontbreekt op ${CHROMIUM} (apt-get install -y chromium, of zet CHROMIUM_PATH).`);
    return 1;
  }

  let t = Date.now();
  if (!process.env.BROWSER_SKIP_BUILD) {
    const build = spawnSync(
      process.execPath,
      [join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', 'apps/web', '--logLevel', 'warn'],
      {
        cwd: ROOT,
        stdio: 'inherit',
        env: { ...process.env, VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true' },
      },
    );
    if (build.status !== 0) return 1;
    lap('build', t);
  }
  if (!existsSync(join(ROOT, 'apps', 'web', 'dist', 'index.html'))) {
    console.error('apps/web/dist/index.html ontbreekt: de build is mislukt.');
    return 1;
  }

  t = Date.now();
  // Many logins from one address in one run; the limiter itself is tested in tests/auth.e2e.spec.ts.
  process.env.LOGIN_ATTEMPTS_PER_15_MIN ??= '200';
  const app = await retry(async () => {
    // The migrated template database jest's global setup builds (once per set of migrations, under a lock).
    await globalSetup();
    return startTestApp();
  });
  lap('api+seed', t);

  let browser: Browser | undefined;
  const failures: { name: string; error: unknown }[] = [];
  const skipped: string[] = [];
  let ran = 0;
  try {
    t = Date.now();
    browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS, timeout: 60_000 });
    lap('chromium', t);

    const files = readdirSync(__dirname)
      .filter((file) => file.endsWith('.browser.ts'))
      .sort();
    for (const file of files) {
      setCurrentFile(file);
      await import(join(__dirname, file));
    }
    const tests = registry.filter((test) => !filter || `${test.file} ${test.name}`.toLowerCase().includes(filter));
    mkdirSync(SCREENSHOTS, { recursive: true });
    // A failure shot of an earlier run would read as a failure of this one.
    for (const shot of readdirSync(SCREENSHOTS)) if (shot.startsWith('FAILED-')) rmSync(join(SCREENSHOTS, shot));

    t = Date.now();
    for (const test of tests) {
      const testStarted = Date.now();
      const context = await browser.newContext({
        baseURL: app.url,
        locale: 'nl-NL',
        timezoneId: 'Europe/Amsterdam',
        viewport: test.viewport ?? { width: 1280, height: 800 },
      });
      context.setDefaultTimeout(10_000);
      const page = await context.newPage();
      const ctx = new TestContext(app, browser, context, page);
      ran++;
      try {
        await withTimeout(test.fn(ctx), TEST_TIMEOUT_MS, test.name);
        if (ctx.pageErrors.length) throw new Error(`errors in the page: ${ctx.pageErrors.join(' | ')}`);
        console.log(`  ✓ ${test.file} › ${test.name} (${Date.now() - testStarted} ms)`);
      } catch (error) {
        if (error instanceof Skip) {
          skipped.push(`${test.file} › ${test.name}: ${error.message}`);
          console.log(`  - ${test.file} › ${test.name} SKIPPED: ${error.message}`);
          continue;
        }
        failures.push({ name: `${test.file} › ${test.name}`, error });
        console.log(`  ✗ ${test.file} › ${test.name} (${Date.now() - testStarted} ms)`);
        const shot = `FAILED-${test.name.replace(/[^a-z0-9]+/gi, '-').toLowerCase()}`;
        await ctx.shot(shot).catch(() => undefined);
        console.log(`    screenshot: artifacts/screenshots/${shot}.png (${page.url()})`);
      } finally {
        await context.close().catch(() => undefined);
      }
    }
    lap('tests', t);
  } finally {
    await browser?.close().catch(() => undefined);
    await closeApp(app);
  }

  for (const { name, error } of failures) {
    console.error(`\n✗ ${name}\n${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  }
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  for (const line of skipped) console.warn(`\nSKIPPED ${line}`);
  console.log(
    `\nbrowser tests: ${ran - failures.length - skipped.length} passed, ${failures.length} failed, ${skipped.length} skipped, ${seconds}s (${times.join(', ')})`,
  );
  if (ran === 0) {
    console.error(filter ? `no browser test matches "${filter}"` : 'no browser tests found');
    return 1;
  }
  return failures.length ? 1 : 0;
}

/** A database or Redis hiccup while starting on a busy machine: try again a few times before failing. */
async function retry<T>(work: () => Promise<T>, attempts = 4): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await work();
    } catch (error) {
      if (attempt >= attempts) throw error;
      console.warn(`test database not ready (${error instanceof Error ? error.message : String(error)}); trying again`);
      await new Promise((resolve) => setTimeout(resolve, 3000 * attempt));
    }
  }
}

async function closeApp(app: TestApp): Promise<void> {
  await withTimeout(app.close(), 20_000, 'closing the API').catch((error) => console.error(error));
}

function withTimeout<T>(work: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: timed out after ${ms} ms`)), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
