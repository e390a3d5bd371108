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
import { SEED_CHILDREN, type SeedChild } from '../../../mock/seed/children';
import { SEED_ADDRESSES } from '../../../mock/seed/department-records';

// Each seeded transfer case from the task list to the receipt (issue 5; FAQ 1, 13).
const e2e = setUpE2eApp();
let photo: TestFile;

beforeAll(async () => {
  photo = (await makeTestPhotos(e2e.app.browser)).phone12;
});

const childNamed = (name: string): SeedChild => SEED_CHILDREN.find((c) => c.name === name)!;

interface Student {
  child: SeedChild;
  school: string;
  district: string;
  grade: string;
}

/** Child identity, then the current school (typed as the student register has it). */
async function start(page: Page, student: Student) {
  await visible(page, 'task-child').waitFor();
  await openTask(page, 'child');
  await typeInto(page, 'f-child-name', student.child.name);
  await choose(page, 'f-child-idType', 'resident-id');
  await typeInto(page, 'f-child-idNumber', student.child.idNumber);
  await continueTo(page, '#step-child-1');
  await choose(page, 'f-child-ethnicity', '01');
  await continueTo(page, '#task-student');
  await openTask(page, 'student');
  await typeInto(page, 'f-student-currentSchool', student.school);
  await typeInto(page, 'f-student-currentDistrict', student.district);
  await continueTo(page, '#step-student-1');
  await choose(page, 'f-student-currentGrade', student.grade);
  await typeInto(page, 'f-student-statusNumber', `G${student.child.idNumber}`);
  await continueTo(page, '#task-guardian');
}

async function guardian(page: Page, role: 'father' | 'mother') {
  await openTask(page, 'guardian');
  await choose(page, 'f-guardian-applicantRole', role);
  await continueTo(page, '#step-guardian-1');
  await choose(page, 'f-guardian-hasOtherParent', 'no');
  await continueTo(page, '#task-household');
}

async function acceptBackfilled(page: Page, section: string, steps: number, next: string) {
  await openTask(page, section);
  for (let step = 1; step < steps; step += 1) await continueTo(page, `#step-${section}-${step}`);
  await continueTo(page, next);
}

/** Target grade and reason, then the first school of the gateway's list for them. */
async function transfer(page: Page, grade: string, reason: string, note?: string) {
  await openTask(page, 'transfer');
  // The materials depend on what verification found: let it finish (FAQ 9 covers stalls).
  await page.locator('#verification[data-status="done"]:visible').waitFor({ timeout: 15_000 });
  await choose(page, 'f-transfer-targetGrade', grade);
  await choose(page, 'f-transfer-reason', reason);
  if (note) await typeInto(page, 'f-transfer-reasonNote', note);
  await continueTo(page, '#step-transfer-1');
  const first = page.locator('#f-schoolId:visible [role="radio"]').first();
  await expect(first.innerText()).resolves.toContain('剩余学位');
  const label = await first.innerText();
  await first.click();
  await continueTo(page, '#task-materials');
  return label;
}

async function materials(page: Page): Promise<string[]> {
  await openTask(page, 'materials');
  await visible(page, 'materials-table-link').waitFor();
  return page
    .locator('.material:visible')
    .evaluateAll((nodes) => nodes.map((node) => node.id.replace('material-', '')));
}

async function submit(page: Page): Promise<string> {
  await continueTo(page, '#check-answers');
  await visible(page, 'check-answers').click();
  // The check page loads the catalogue and schools first; a loaded machine can be slow.
  await visible(page, 'submit').waitFor({ timeout: 30_000 });
  await submitFromCheck(page);
  await visible(page, 'confirm-submit').click();
  await visible(page, 'receipt').waitFor();
  return visible(page, 'receipt').innerText();
}

async function openTransfer(parentId: string): Promise<Page> {
  const page = await e2e.app.open(e2e.context, { parentId });
  await visible(page, 'open-transfer').click();
  return page;
}

const MA_SIYUAN: Student = {
  child: childNamed('马思远'),
  school: '济南市槐荫区样例第二小学',
  district: '济南市槐荫区',
  grade: '1',
};
const MA_SIQI: Student = { ...MA_SIYUAN, child: childNamed('马思琪'), grade: '5' };

async function householdMove(page: Page, student: Student, grade: string): Promise<string> {
  await start(page, student);
  await guardian(page, 'mother');
  await acceptBackfilled(page, 'household', 2, '#task-residence');
  await acceptBackfilled(page, 'residence', 4, '#task-transfer');
  await transfer(page, grade, 'household-move');
  // Household, property and the student register all verified: no photos (FAQ 5).
  expect(await materials(page)).toEqual([]);
  return submit(page);
}

describe('transfer for each seeded case', () => {
  it('registers a household move with everything verified, from the home page entry', async () => {
    const page = await openTransfer('p-transfer-family');
    await expect(householdMove(page, MA_SIYUAN, '2')).resolves.toMatch(/JN2022-T-\d{6}/);
  });

  it('registers two siblings to different grades one after the other (FAQ 13)', async () => {
    const first = await openTransfer('p-transfer-family');
    const one = await householdMove(first, MA_SIYUAN, '2');
    const second = await openTransfer('p-transfer-family');
    const two = await householdMove(second, MA_SIQI, '6');
    const reference = (text: string) => /JN2022-T-\d{6}/.exec(text)?.[0];
    expect(reference(one)).toBeDefined();
    expect(reference(two)).not.toBe(reference(one));
    const stored = e2e.app.server.gateway.state.enrollment.registrations;
    expect(stored.map((r) => [r.registration.childName, r.submission.subsystem])).toEqual([
      ['马思远', 'transfer'],
      ['马思琪', 'transfer'],
    ]);
  });

  it('asks the rental contract, proof of the new home and of enrolment for a rented home', async () => {
    const page = await openTransfer('p-transfer-rented');
    await start(page, {
      child: childNamed('林可欣'),
      school: '济南市天桥区样例第一小学',
      district: '济南市天桥区',
      grade: '3',
    });
    await guardian(page, 'father');
    await acceptBackfilled(page, 'household', 2, '#task-residence');
    await openTask(page, 'residence');
    await choose(page, 'f-residence-kind', 'rented');
    await continueTo(page, '#step-residence-1');
    await typeInto(page, 'f-residence-address', SEED_ADDRESSES.shizhongWest);
    await continueTo(page, '#task-transfer');
    await transfer(page, '4', 'residence-change');
    const ids = await materials(page);
    expect(ids).toEqual(['rental-contract', 'new-home-proof', 'student-status-proof']);
    for (const id of ids) await uploadPhotos(page, `material-${id}-photos`, [photo]);
    await expect(submit(page)).resolves.toMatch(/JN2022-T-\d{6}/);
  });

  it('registers a primary graduate to grade 7 at a junior high school (FAQ 1)', async () => {
    const page = await openTransfer('p-transfer-graduate');
    await start(page, {
      child: childNamed('郑博文'),
      school: '淄博市张店区样例小学',
      district: '淄博市张店区',
      grade: 'primary-graduate',
    });
    await guardian(page, 'mother');
    await acceptBackfilled(page, 'household', 2, '#task-residence');
    await acceptBackfilled(page, 'residence', 4, '#task-transfer');
    await openTask(page, 'transfer');
    // A graduate applying for grade 8 is told to choose grade 7.
    await choose(page, 'f-transfer-targetGrade', '8');
    await choose(page, 'f-transfer-reason', 'other');
    await typeInto(page, 'f-transfer-reasonNote', '父母工作调动到济南市中心城区');
    await page.locator('#continue:visible').click();
    await expect(visible(page, 'error-summary').innerText()).resolves.toContain('七年级');
    await choose(page, 'f-transfer-targetGrade', '7');
    await continueTo(page, '#step-transfer-1');
    const label = await page.locator('#f-schoolId:visible [role="radio"]').first().innerText();
    expect(label).toContain('初级中学');
    await page.locator('#f-schoolId:visible [role="radio"]').first().click();
    await continueTo(page, '#task-materials');
    expect(await materials(page)).toEqual(['transfer-supporting-document']);
    await uploadPhotos(page, 'material-transfer-supporting-document-photos', [photo]);
    await expect(submit(page)).resolves.toMatch(/JN2022-T-\d{6}/);
  });

  it('refuses a transfer submitted after its window closed; enrollment stays open', async () => {
    const { state } = e2e.app.server.gateway;
    // The transfer window closes at 2022-07-06 08:00 in this test; enrollment's is untouched.
    state.windows.transfer = { ...state.windows.transfer, closesAt: '2022-07-06T08:00:00+08:00' };
    const page = await openTransfer('p-transfer-family');
    await start(page, MA_SIYUAN);
    await guardian(page, 'mother');
    await acceptBackfilled(page, 'household', 2, '#task-residence');
    await acceptBackfilled(page, 'residence', 4, '#task-transfer');
    await transfer(page, '2', 'household-move');
    await materials(page);
    await continueTo(page, '#check-answers');
    await e2e.app.control('/clock', { now: '2022-07-06T09:00:00+08:00' });
    await visible(page, 'check-answers').click();
    await submitFromCheck(page);
    await visible(page, 'confirm-submit').click();
    await visible(page, 'submit-failure').waitFor();
    expect(state.enrollment.registrations).toHaveLength(0);
    const home = await e2e.app.open(e2e.context, { parentId: 'p-transfer-family' });
    await expect(visible(home, 'subsystem-transfer').getAttribute('data-phase')).resolves.toBe(
      'closed',
    );
    await expect(visible(home, 'subsystem-enrollment').getAttribute('data-phase')).resolves.toBe(
      'open',
    );
  });
});
