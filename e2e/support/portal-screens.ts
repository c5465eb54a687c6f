import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { screenshot } from './browser';

const artifactsDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../artifacts');

/**
 * A full-page screenshot from the top: the portal's header is fixed, so a page left scrolled down
 * would show it in the middle of the picture.
 */
export async function portalScreenshot(page: Page, name: string): Promise<string> {
  await page.evaluate(() => window.scrollTo(0, 0));
  return screenshot(page, name);
}

/** Only what is on the screen (an open navigation drawer over the page), as e2e/artifacts/<name>.png. */
export async function viewportScreenshot(page: Page, name: string): Promise<string> {
  const file = path.join(artifactsDir, `${name}.png`);
  await page.screenshot({ path: file, animations: 'disabled' });
  return file;
}
