import assert from 'node:assert/strict';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { TestApp } from '../support/test-app';

/** The tiny harness of the browser tests: `test(name, fn)` in *.browser.ts files; tests/browser/run.ts runs them. */
export const DEMO_PASSWORD = 'Matchpunt-demo-2026';
export const SCREENSHOTS = join(__dirname, '..', '..', 'artifacts', 'screenshots');
export const PHONE = { width: 390, height: 844 };
/** The WCAG 2.1 A and AA rules of axe-core, the checks `checkAccessibility` runs in the page. */
const WCAG_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
let axeSource: string | undefined;

export interface BrowserTest {
  name: string;
  file: string;
  fn: (t: TestContext) => Promise<void>;
  viewport?: { width: number; height: number };
}

export const registry: BrowserTest[] = [];
let worker: Promise<unknown> | undefined;
let currentFile = '';

export function setCurrentFile(file: string): void {
  currentFile = file;
}

export function test(
  name: string,
  fn: (t: TestContext) => Promise<void>,
  options: { viewport?: { width: number; height: number } } = {},
): void {
  registry.push({ name, file: currentFile, fn, viewport: options.viewport });
}

/** Thrown by `t.skip(reason)`: the runner reports the test as skipped, with the reason. */
export class Skip extends Error {}

export class TestContext {
  readonly pageErrors: string[] = [];

  constructor(
    readonly app: TestApp,
    readonly browser: Browser,
    readonly context: BrowserContext,
    readonly page: Page,
  ) {
    page.on('pageerror', (error) => this.pageErrors.push(error.message));
    // The portal's Content-Security-Policy blocks quietly: Chromium only says so on the console.
    page.on('console', (message) => {
      if (message.type() === 'error' && message.text().includes('Content Security Policy')) {
        this.pageErrors.push(message.text());
      }
    });
  }

  /** Ends the test as skipped (shown in the summary) — only for a known problem outside the portal. */
  skip(reason: string): never {
    throw new Skip(reason);
  }

  /** A full-page screenshot in artifacts/screenshots/<name>.png. */
  async shot(name: string, page: Page = this.page): Promise<void> {
    mkdirSync(SCREENSHOTS, { recursive: true });
    await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
  }

  /** Logs in through the login page and waits for the dashboard. */
  async login(email: string, password = DEMO_PASSWORD, page: Page = this.page): Promise<void> {
    await page.goto('/inloggen');
    await page.getByLabel('E-mailadres').fill(email);
    await page.getByLabel('Wachtwoord', { exact: true }).fill(password);
    await page.getByRole('button', { name: 'Inloggen' }).click();
    await page.getByRole('heading', { level: 1, name: /^Welkom, / }).waitFor();
  }

  async logout(page: Page = this.page): Promise<void> {
    await page.getByRole('button', { name: 'Uitloggen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Inloggen' }).waitFor();
  }

  /** The menu items of the main navigation, in order. */
  async menu(page: Page = this.page): Promise<string[]> {
    return page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link').allInnerTexts();
  }

  /**
   * Rebuilds a search index of the test database (the worker runs in this process from the first call on)
   * and waits until the job is done.
   */
  async zoekindex(type: 'KANDIDAAT' | 'VACATURE' | 'WERKGEVER' | 'FUNCTIECREATIE'): Promise<void> {
    worker ??= this.app.startWorker();
    await worker;
    const admin = await this.app.gql.login('admin@werkzaak.demo');
    const { reindex } = await this.app.gql.ok(
      `mutation($type: ZoekIndexType!) { reindex(type: $type) { id } }`,
      { type },
      admin,
    );
    for (let i = 0; i < 120; i++) {
      const { reindexTaak } = await this.app.gql.ok(
        `query($id: ID!) { reindexTaak(id: $id) { status fout } }`,
        { id: reindex.id },
        admin,
      );
      if (reindexTaak.status === 'completed') return;
      assert.notEqual(reindexTaak.status, 'failed', `reindex ${type} failed: ${reindexTaak.fout}`);
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    assert.fail(`reindex ${type} did not finish`);
  }

  /** Starts the worker (once per run), e.g. before a screen that starts a job. */
  async worker(): Promise<void> {
    worker ??= this.app.startWorker();
    await worker;
  }

  /**
   * Checks that nothing that identifies a candidate of the tenant (name, BSN, address, e-mail, birth date)
   * is in `seen` (page content and API answers the browser received).
   */
  async assertNoCandidateIdentity(tenantId: string, seen: string): Promise<void> {
    const identities: { naam: string; bsn: string; adres: string; email: string | null; geboortedatum: string }[] =
      await this.app.db.query(
        `SELECT voornaam || ' ' || achternaam AS naam, bsn, adres, email, to_char(geboortedatum, 'YYYY-MM-DD') AS geboortedatum
         FROM kandidaat_identiteit WHERE tenant_id = $1`,
        [tenantId],
      );
    assert.ok(identities.length > 0, 'the seed has candidates');
    for (const who of identities) {
      for (const value of [who.naam, who.bsn, who.adres, who.email, who.geboortedatum]) {
        if (value) assert.ok(!seen.includes(value), `the employer received candidate identity: ${value}`);
      }
    }
    assert.ok(!/"identiteit"\s*:\s*\{|"bsn"|"geboortedatum"/.test(seen), 'no identity fields in the API answers');
  }

  /** Collects the bodies of the GraphQL answers the page receives from now on. */
  recordGraphQL(page: Page = this.page): string[] {
    const bodies: string[] = [];
    page.on('response', async (response) => {
      if (response.url().endsWith('/graphql')) bodies.push(await response.text().catch(() => ''));
    });
    return bodies;
  }

  /** The most recent mail to an address (the mail outbox of the test database). */
  async lastMailTo(address: string): Promise<{ subject: string; text: string }> {
    const rows = await this.app.db.query(
      `SELECT subject, text FROM mail_outbox WHERE lower(to_address) = lower($1) ORDER BY created_at DESC LIMIT 1`,
      [address],
    );
    assert.ok(rows.length, `no mail to ${address}`);
    return rows[0];
  }

  /**
   * Accessibility of the page as it is now: axe-core's WCAG 2.1 AA rules (contrast, names, roles, structure),
   * plus what axe leaves to the author: Dutch page language, one h1, a skip link to the main content, unique ids
   * and a title that names the page.
   */
  async checkAccessibility(page: Page = this.page): Promise<void> {
    // Runs in the page; typed loosely because the tests compile without the DOM library.
    const problems: string[] = await page.evaluate(() => {
      const doc = (globalThis as any).document;
      const found: string[] = [];
      if (doc.documentElement.lang !== 'nl') found.push(`html lang is "${doc.documentElement.lang}"`);
      const h1s = doc.querySelectorAll('h1');
      if (h1s.length !== 1) found.push(`${h1s.length} h1 elements`);
      const skip = doc.querySelector('a.skip-link');
      if (!skip || !doc.getElementById(skip.hash.slice(1))) found.push('no skip link to the main content');
      const ids = (Array.from(doc.querySelectorAll('[id]')) as any[]).map((el) => el.id as string);
      const duplicates = ids.filter((id, i) => ids.indexOf(id) !== i);
      if (duplicates.length) found.push(`duplicate ids: ${duplicates.join(', ')}`);
      if (!doc.title || doc.title === 'Matchpunt') found.push(`page title "${doc.title}" does not name the page`);
      return found;
    });
    axeSource ??= readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
    // Evaluated through the debugging protocol, so a Content-Security-Policy cannot block it.
    await page.evaluate(axeSource);
    const violations: string[] = await page.evaluate(async (tags) => {
      const result = await (globalThis as any).axe.run((globalThis as any).document, {
        runOnly: { type: 'tag', values: tags },
      });
      return result.violations.map(
        (v: any) =>
          `${v.id} (${v.impact}): ${v.help} — ${v.nodes
            .slice(0, 3)
            .map(
              (n: any) =>
                `${n.target.join(' ')}${n.failureSummary ? ` [${n.failureSummary.replace(/\s+/g, ' ')}]` : ''}`,
            )
            .join('; ')}`,
      );
    }, WCAG_AA);
    assert.deepEqual([...problems, ...violations], [], `accessibility problems on ${page.url()}`);
  }
}
