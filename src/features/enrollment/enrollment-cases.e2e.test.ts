import type { Page } from 'playwright-core';
import { setUpE2eApp } from '../../../config/e2e/set-up-e2e-app';
import {
  choose,
  continueTo,
  openTask,
  submitFromCheck,
  typeInto,
  uploadPhotos,
  visible,
} from '../../../config/e2e/enrollment-steps';
import { makeTestPhotos, type TestFile } from '../../../config/e2e/test-photos';
import { SEED_CHILDREN } from '../../../mock/seed/children';
import { SEED_ADDRESSES } from '../../../mock/seed/department-records';

// Each seeded family of the mock gateway from the task list to the receipt (issue: enrollment).
const e2e = setUpE2eApp();
let photo: TestFile;
// A second, different page: the same photo twice in one material is refused as a duplicate.
let secondPhoto: TestFile;

beforeAll(async () => {
  const photos = await makeTestPhotos(e2e.app.browser);
  photo = photos.phone12;
  secondPhoto = photos.phone12b;
});

async function start(parentId: string): Promise<Page> {
  const page = await e2e.app.open(e2e.context, { parentId, route: '/features/enrollment/index' });
  await visible(page, 'task-child').waitFor();
  const child = SEED_CHILDREN.find((entry) => entry.parentId === parentId)!;
  await openTask(page, 'child');
  await typeInto(page, 'f-child-name', child.name);
  await choose(page, 'f-child-idType', 'resident-id');
  await typeInto(page, 'f-child-idNumber', child.idNumber);
  return page;
}

async function finishChildAndGuardian(page: Page, role: 'father' | 'mother') {
  await continueTo(page, '#step-child-1');
  await choose(page, 'f-child-ethnicity', '01');
  await continueTo(page, '#task-guardian');
  await openTask(page, 'guardian');
  await choose(page, 'f-guardian-applicantRole', role);
  await continueTo(page, '#step-guardian-1');
  await choose(page, 'f-guardian-hasOtherParent', 'no');
  await continueTo(page, '#task-household');
}

/** Walks a section whose answers were all filled by verification. */
async function acceptBackfilled(page: Page, section: string, steps: number, next: string) {
  await openTask(page, section);
  await visible(page, `step-${section}-0`).waitFor();
  for (let step = 1; step < steps; step += 1) await continueTo(page, `#step-${section}-${step}`);
  await continueTo(page, next);
}

async function chooseSchool(page: Page) {
  await openTask(page, 'school');
  await page.locator('#f-schoolId:visible [role="radio"]').first().click();
  await continueTo(page, '#task-materials');
}

async function submitAndReadReceipt(page: Page): Promise<string> {
  await visible(page, 'check-answers').click();
  await submitFromCheck(page);
  await visible(page, 'confirm-submit').click();
  await visible(page, 'receipt').waitFor();
  return visible(page, 'receipt').innerText();
}

async function materialIds(page: Page): Promise<string[]> {
  return page
    .locator('.material:visible')
    .evaluateAll((nodes) => nodes.map((node) => node.id.replace('material-', '')));
}

describe('enrollment for each seeded family', () => {
  it('asks for the property certificate when a new certificate is not yet in big data', async () => {
    const page = await start('p-property-not-synced');
    await finishChildAndGuardian(page, 'mother');
    await acceptBackfilled(page, 'household', 2, '#task-residence');
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
    await typeInto(page, 'f-residence-address', SEED_ADDRESSES.shizhong);
    await continueTo(page, '#task-school');
    await chooseSchool(page);
    await openTask(page, 'materials');
    expect(await materialIds(page)).toEqual(['property-certificate']);
    await uploadPhotos(page, 'material-property-certificate-photos', [photo]);
    await continueTo(page, '#check-answers');
    await expect(submitAndReadReceipt(page)).resolves.toMatch(/JN2022-E-\d{6}/);
  });

  it('asks for a birth or marriage certificate when the father owns and the mother holds the household (FAQ 11)', async () => {
    const page = await start('p-father-owns-mother-household');
    await finishChildAndGuardian(page, 'mother');
    await acceptBackfilled(page, 'household', 2, '#task-residence');
    await acceptBackfilled(page, 'residence', 4, '#task-school');
    await chooseSchool(page);
    await openTask(page, 'materials');
    expect(await materialIds(page)).toEqual(['parent-relationship']);
    await choose(page, 'material-parent-relationship-kind', 'marriage-certificate');
    await uploadPhotos(page, 'material-parent-relationship-photos', [photo]);
    await continueTo(page, '#check-answers');
    await expect(submitAndReadReceipt(page)).resolves.toContain('回执编号');
  });

  it('asks for kinship evidence when the home is the grandmother’s (FAQ 11)', async () => {
    const page = await start('p-grandmother-property');
    await finishChildAndGuardian(page, 'father');
    await acceptBackfilled(page, 'household', 2, '#task-residence');
    await acceptBackfilled(page, 'residence', 4, '#task-school');
    await chooseSchool(page);
    await openTask(page, 'materials');
    expect(await materialIds(page)).toEqual(['grandparent-relationship']);
    const choices = await page
      .locator('#material-grandparent-relationship-kind:visible [role="radio"]')
      .allInnerTexts();
    expect(choices.join()).toContain('派出所');
    await uploadPhotos(page, 'material-grandparent-relationship-photos', [photo]);
    await continueTo(page, '#check-answers');
    await expect(submitAndReadReceipt(page)).resolves.toContain('回执编号');
  });

  it('registers a migrant worker family and reminds them to book the on-site registration (FAQ 10)', async () => {
    const page = await start('p-migrant-worker');
    await finishChildAndGuardian(page, 'father');
    await openTask(page, 'household');
    await choose(page, 'f-household-head', 'father');
    await typeInto(page, 'f-household-headName', '孙海涛');
    await continueTo(page, '#step-household-1');
    await typeInto(page, 'f-household-address', SEED_ADDRESSES.migrantHome);
    await choose(page, 'f-household-inDowntown', 'false');
    await continueTo(page, '#task-residence');
    await openTask(page, 'residence');
    await choose(page, 'f-residence-kind', 'rented');
    await continueTo(page, '#step-residence-1');
    await typeInto(page, 'f-residence-address', SEED_ADDRESSES.lixiaSouth);
    await continueTo(page, '#task-migrant');
    await openTask(page, 'migrant');
    await typeInto(page, 'f-migrant-residencePermitNumber', 'SD370102202100123');
    await continueTo(page, '#step-migrant-1');
    await choose(page, 'f-migrant-livelihood', 'employed');
    await typeInto(page, 'f-migrant-employerOrLicence', '济南样例物流有限公司');
    await continueTo(page, '#step-migrant-2');
    await typeInto(page, 'f-migrant-socialInsuranceMonths', '24');
    await continueTo(page, '#task-school');
    await chooseSchool(page);
    await openTask(page, 'materials');
    const ids = await materialIds(page);
    expect(ids).toEqual(expect.arrayContaining(['household-register', 'rental-contract']));
    for (const id of ids) {
      const min = id === 'household-register' ? 2 : 1;
      await uploadPhotos(page, `material-${id}-photos`, [photo, secondPhoto].slice(0, min));
    }
    await continueTo(page, '#check-answers');
    const receipt = await submitAndReadReceipt(page);
    expect(receipt).toContain('预约现场登记');
  });

  it('explains why a child born outside the age window cannot register this year', async () => {
    const page = await start('p-child-out-of-range');
    await continueTo(page, '#ineligible');
    await expect(visible(page, 'ineligible-reason').innerText()).resolves.toContain('2016-08-31');
    await visible(page, 'ineligible-back').click();
    await visible(page, 'step-child-0').waitFor();
    await expect(page.locator('#f-child-idNumber:visible input').inputValue()).resolves.toBe(
      SEED_CHILDREN.find((c) => c.parentId === 'p-child-out-of-range')!.idNumber,
    );
  });

  it('shows a stalled verification with a retry, keeps the form usable, and backfills after retry (FAQ 9)', async () => {
    const page = await start('p-verification-stalls');
    await finishChildAndGuardian(page, 'father');
    await openTask(page, 'household');
    await page.locator('#verification[data-status="stalled"]:visible').waitFor({ timeout: 15_000 });
    await expect(visible(page, 'manual-notice').innerText()).resolves.toContain('依法追究');
    await visible(page, 'verification-retry').click();
    await page.locator('#verification[data-status="done"]:visible').waitFor({ timeout: 15_000 });
    await visible(page, 'f-household-head-backfill').waitFor();
  });
});
