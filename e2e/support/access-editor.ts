import type { Locator, Page } from 'playwright-core';

/** The access editor's one save: "Review and save…" opens what the change adds and removes; the dialog is returned. */
export async function reviewAccessChange(page: Page, access: Locator): Promise<Locator> {
  await access.getByRole('button', { name: 'Review and save…' }).click();
  const review = page.getByRole('dialog', { name: 'Review the access change' });
  await review.waitFor();
  return review;
}

/** Review the change and save it. */
export async function saveReviewedAccess(page: Page, access: Locator): Promise<void> {
  const review = await reviewAccessChange(page, access);
  await review.getByRole('button', { name: 'Save change' }).click();
  await review.waitFor({ state: 'hidden' });
}
