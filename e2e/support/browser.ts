import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import type { BrowserContext, Page } from 'playwright-core';
import { afterEach, beforeEach, expect } from 'vitest';

// Debian's chromium: playwright-core downloads no browser, and none can be downloaded here.
const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

const artifactsDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../artifacts');

export interface BrowserSession {
  context: BrowserContext;
  page: Page;
  /** Uncaught page exceptions and console errors (CSP violations show up here) seen so far. */
  problems: string[];
  close(): Promise<void>;
}

export interface OpenBrowserOptions {
  viewport?: { width: number; height: number };
  /** Browser language; the app picks its UI language from it until the user chooses one. */
  locale?: string;
}

/** A fresh browser with its own empty profile (user-data-dir), so no cookie or storage leaks between tests. */
export async function openBrowser({ viewport = { width: 1280, height: 800 }, locale = 'en-US' }: OpenBrowserOptions = {}): Promise<BrowserSession> {
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'portico-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport,
    locale,
  });
  // A missing element should fail a journey in seconds, not after Playwright's default 30 s.
  context.setDefaultTimeout(10_000);
  const problems: string[] = [];
  const page = context.pages()[0] ?? (await context.newPage());
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    // Expected 4xx answers (e.g. GET /me while signed out) are logged by Chromium too; they are not faults.
    if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) problems.push(`console: ${message.text()}`);
  });
  return {
    context,
    page,
    problems,
    async close() {
      await context.close();
      fs.rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/**
 * One browser per test: `open()` starts it, and after the test it is closed and the test fails on any page
 * error or failed request it saw. Call once at the top level of a journey file.
 */
export function browserPerTest(): { open(options?: OpenBrowserOptions): Promise<BrowserSession> } {
  let current: BrowserSession | undefined;
  beforeEach(() => {
    current = undefined;
  });
  afterEach(async () => {
    if (!current) return;
    const session = current;
    current = undefined;
    await session.close();
    expect(session.problems).toEqual([]);
  });
  return {
    async open(options) {
      current = await openBrowser(options);
      return current;
    },
  };
}

/** Saves a full-page screenshot as e2e/artifacts/<name>.png (the folder is gitignored). */
export async function screenshot(page: Page, name: string): Promise<string> {
  fs.mkdirSync(artifactsDir, { recursive: true });
  const file = path.join(artifactsDir, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true, animations: 'disabled' });
  return file;
}

/** Resolves once the page's URL path is `pathname` (client-side navigations included). */
export async function waitForPath(page: Page, pathname: string): Promise<void> {
  await page.waitForURL((url) => url.pathname === pathname);
}

/** Picks an option of a searchable select (EntityPicker): type, then click the match. */
export async function choose(page: Page, scope: ReturnType<Page['getByRole']>, label: string, search: string, option: string | RegExp): Promise<void> {
  const input = scope.getByRole('textbox', { name: label, exact: true });
  await input.click();
  await input.fill(search);
  await page.getByRole('option', { name: option }).click();
}
