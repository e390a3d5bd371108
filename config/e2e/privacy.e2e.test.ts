import { SEED_CHILDREN } from '../../mock/seed/children';
import { SEED_PARENTS } from '../../mock/seed/parents';
import { choose, openTask, typeInto, visible } from './enrollment-steps';
import { setUpE2eApp } from './set-up-e2e-app';

// Issue 8 (opening-day hardening): personal data never leaves the page through the console or a
// URL (URLs end up in gateway, proxy and CDN logs and in the host app's history).
const e2e = setUpE2eApp();

const PARENT = SEED_PARENTS.find((parent) => parent.parentId === 'p-all-verified')!;
const CHILD = SEED_CHILDREN.find((child) => child.parentId === PARENT.parentId)!;

/** Every seeded ID number, mobile and child's name, with a label that is not itself personal. */
const PERSONAL = [
  ...SEED_PARENTS.flatMap((parent) => [
    { what: `ID number of ${parent.parentId}`, value: parent.idNumber },
    { what: `mobile of ${parent.parentId}`, value: parent.mobile },
  ]),
  ...SEED_CHILDREN.flatMap((child) => [
    { what: `ID number of the child of ${child.parentId}`, value: child.idNumber },
    { what: `name of the child of ${child.parentId}`, value: child.name },
  ]),
];

/** Undoes percent-encoding (twice-encoded too) and `+` for spaces, so nothing hides in a URL. */
function decoded(url: string): string {
  let text = url.replace(/\+/g, ' ');
  for (let round = 0; round < 3; round += 1) {
    try {
      const next = decodeURIComponent(text);
      if (next === text) break;
      text = next;
    } catch {
      break;
    }
  }
  return text;
}

/** Which personal values appear in any of the texts, named by what they are. */
function leaks(texts: string[]): string[] {
  return PERSONAL.filter(({ value }) => texts.some((text) => text.includes(value))).map(
    ({ what }) => what,
  );
}

describe('privacy of what the browser sends and logs', () => {
  it('keeps ID numbers, mobiles and children’s names out of console messages and request URLs', async () => {
    const page = await e2e.app.open(e2e.context, { parentId: PARENT.parentId });
    await page.locator('#home-faq:visible').waitFor();
    await page.evaluate(() => console.info('privacy-probe'));
    await page.goto(
      `${e2e.app.server.url}/?devParent=${PARENT.parentId}#/features/enrollment/index`,
    );
    await visible(page, 'task-child').waitFor();
    await openTask(page, 'child');
    await typeInto(page, 'f-child-name', CHILD.name);
    await choose(page, 'f-child-idType', 'resident-id');
    await typeInto(page, 'f-child-idNumber', CHILD.idNumber);
    await page.waitForTimeout(1_000);
    await page.reload();
    await visible(page, 'step-child-0').waitFor();
    await expect(page.locator('#f-child-idNumber:visible input').inputValue()).resolves.toBe(
      CHILD.idNumber,
    );
    await page.goto(`${e2e.app.server.url}/?devParent=${PARENT.parentId}#/features/home/index`);
    await page.locator('#home-faq:visible').click();
    await page.locator('.faq-entry:visible').first().waitFor();

    const { console: messages, requests } = e2e.app.observed(e2e.context);
    // The recorder itself works: it saw the probe and the gateway calls of the journey.
    expect(messages).toContain('info: privacy-probe');
    expect(
      requests.filter((url) => url.startsWith(e2e.app.server.gatewayUrl)).length,
    ).toBeGreaterThan(3);
    expect(leaks(messages)).toEqual([]);
    expect(leaks(requests.map(decoded))).toEqual([]);
  });
});
