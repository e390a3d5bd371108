import type { Page } from 'playwright-core';
import { setUpE2eApp } from '../../../config/e2e/set-up-e2e-app';
import {
  choose,
  continueTo,
  openTask,
  typeInto,
  uploadPhotos,
  visible,
} from '../../../config/e2e/enrollment-steps';
import { makeTestPhotos, type TestFile } from '../../../config/e2e/test-photos';
import { SEED_CHILDREN } from '../../../mock/seed/children';
import { SEED_ADDRESSES } from '../../../mock/seed/department-records';

// Issue 8 (opening-day hardening): whatever a parent types is shown as text, never as markup.
const e2e = setUpE2eApp();
let photo: TestFile;

// The name field takes at most 30 characters: every payload fits.
const IMG = '<img src=x onerror=__pwned=1>';
const SVG = `"'><svg onload=__pwned=1>`;
const RTL = '\u202E李沐阳\u202C';
const SCRIPT = '"<script>__pwned=1</script>';

beforeAll(async () => {
  photo = (await makeTestPhotos(e2e.app.browser)).phone12;
});

/** Whether anything typed became an element or ran: injected tags, or the flag they set. */
async function injected(page: Page) {
  return page.evaluate(() => ({
    pwned: (window as unknown as { __pwned?: unknown }).__pwned,
    elements:
      document.querySelectorAll('img[src="x"], svg[onload]').length +
      Array.from(document.scripts).filter((node) => node.text.includes('__pwned')).length,
  }));
}

async function openChildStep(parentId: string): Promise<Page> {
  const page = await e2e.app.open(e2e.context, { parentId, route: '/features/enrollment/index' });
  await visible(page, 'task-child').waitFor();
  await openTask(page, 'child');
  return page;
}

describe('typed answers shown back to the parent', () => {
  it.each([
    ['an img tag with an onerror handler', IMG],
    ['quotes that close an attribute, then an svg onload', SVG],
    ['right-to-left override characters around a real name', RTL],
    ['a quote and an inline script', SCRIPT],
  ])('refuses %s as a child name and shows it only as text', async (_kind, payload) => {
    const page = await openChildStep('p-all-verified');
    await typeInto(page, 'f-child-name', payload);
    await choose(page, 'f-child-idType', 'resident-id');
    await typeInto(page, 'f-child-idNumber', SEED_CHILDREN[0]!.idNumber);
    await visible(page, 'continue').click();
    await visible(page, 'error-summary').waitFor();
    await expect(visible(page, 'error-summary').innerText()).resolves.toContain('姓名');
    await expect(page.locator('#f-child-name:visible input').inputValue()).resolves.toBe(payload);
    await page.reload();
    await visible(page, 'step-child-0').waitFor();
    await expect(page.locator('#f-child-name:visible input').inputValue()).resolves.toBe(payload);
    expect(await injected(page)).toEqual({ pwned: undefined, elements: 0 });
  });

  it('shows markup typed into an address as text on check your answers', async () => {
    const parentId = 'p-property-not-synced';
    const child = SEED_CHILDREN.find((entry) => entry.parentId === parentId)!;
    const address = `${SEED_ADDRESSES.shizhong}${IMG}${SVG}${RTL}`;
    const page = await openChildStep(parentId);
    await typeInto(page, 'f-child-name', child.name);
    await choose(page, 'f-child-idType', 'resident-id');
    await typeInto(page, 'f-child-idNumber', child.idNumber);
    await continueTo(page, '#step-child-1');
    await choose(page, 'f-child-ethnicity', '01');
    await continueTo(page, '#task-guardian');
    await openTask(page, 'guardian');
    await choose(page, 'f-guardian-applicantRole', 'mother');
    await continueTo(page, '#step-guardian-1');
    await choose(page, 'f-guardian-hasOtherParent', 'no');
    await continueTo(page, '#task-household');
    await openTask(page, 'household');
    await continueTo(page, '#step-household-1');
    await continueTo(page, '#task-residence');
    await openTask(page, 'residence');
    await choose(page, 'f-residence-kind', 'owned');
    await continueTo(page, '#step-residence-1');
    await choose(page, 'f-residence-certificateType', 'real-estate-certificate');
    await typeInto(page, 'f-residence-certificateNumber', '鲁(2022)济南市不动产权第0123456号');
    await continueTo(page, '#step-residence-2');
    await choose(page, 'f-residence-owner', 'mother');
    await typeInto(page, 'f-residence-ownerName', '张晓雯');
    await typeInto(page, 'f-residence-sharePercent', '100');
    await continueTo(page, '#step-residence-3');
    await typeInto(page, 'f-residence-address', address);
    await continueTo(page, '#task-school');
    await openTask(page, 'school');
    await page.locator('#f-schoolId:visible [role="radio"]').first().click();
    await continueTo(page, '#task-materials');
    await openTask(page, 'materials');
    await uploadPhotos(page, 'material-property-certificate-photos', [photo]);
    await continueTo(page, '#check-answers');
    await visible(page, 'check-answers').click();
    const row = page.locator('#summary-residence-address:visible .summary-row__value');
    await row.waitFor();
    await expect(row.textContent()).resolves.toBe(address);
    expect(await injected(page)).toEqual({ pwned: undefined, elements: 0 });
  }, 90_000);
});
