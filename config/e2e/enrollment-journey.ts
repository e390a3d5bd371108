import type { Page } from 'playwright-core';
import { SEED_CHILDREN } from '../../mock/seed/children';
import type { E2eHandle } from './set-up-e2e-app';
import {
  choose,
  continueTo,
  openTask,
  submitFromCheck,
  typeInto,
  visible,
} from './enrollment-steps';

/** The seeded child of a seeded parent (mock/seed/children.ts). */
export function childOf(parentId: string) {
  const child = SEED_CHILDREN.find((entry) => entry.parentId === parentId);
  if (!child) throw new Error(`no seeded child for ${parentId}`);
  return child;
}

/** Opens the enrollment task list as a seeded parent. */
export async function openEnrollment(e2e: E2eHandle, parentId: string): Promise<Page> {
  const page = await e2e.app.open(e2e.context, { parentId, route: '/features/enrollment/index' });
  await visible(page, 'task-child').waitFor();
  return page;
}

/** Fills the child section with the seeded child's name and resident ID. */
export async function fillChild(page: Page, parentId: string) {
  const child = childOf(parentId);
  await openTask(page, 'child');
  await typeInto(page, 'f-child-name', child.name);
  await choose(page, 'f-child-idType', 'resident-id');
  await typeInto(page, 'f-child-idNumber', child.idNumber);
  await continueTo(page, '#step-child-1');
  await choose(page, 'f-child-ethnicity', '01');
  await continueTo(page, '#task-guardian');
}

/** Fills the guardian section without the optional other parent. */
export async function fillGuardian(page: Page, role: 'father' | 'mother') {
  await openTask(page, 'guardian');
  await choose(page, 'f-guardian-applicantRole', role);
  await continueTo(page, '#step-guardian-1');
  await choose(page, 'f-guardian-hasOtherParent', 'no');
  await continueTo(page, '#task-household');
}

/** Walks the backfilled home section and picks the first catchment school. */
export async function acceptResidenceAndSchool(page: Page) {
  await openTask(page, 'residence');
  await continueTo(page, '#step-residence-1');
  await continueTo(page, '#step-residence-2');
  await continueTo(page, '#step-residence-3');
  await continueTo(page, '#task-school');
  await openTask(page, 'school');
  await page.locator('#f-schoolId:visible [role="radio"]').first().click();
  await continueTo(page, '#task-materials');
}

/** p-all-verified from an empty form to the final "confirm submit" question. */
export async function fillToConfirm(page: Page) {
  await fillChild(page, 'p-all-verified');
  await fillGuardian(page, 'father');
  await openTask(page, 'household');
  await visible(page, 'f-household-head-backfill').waitFor({ timeout: 15_000 });
  await continueTo(page, '#step-household-1');
  await continueTo(page, '#task-residence');
  await acceptResidenceAndSchool(page);
  await openTask(page, 'materials');
  await continueTo(page, '#check-answers');
  await visible(page, 'check-answers').click();
  await submitFromCheck(page);
}
