import type { Page } from 'playwright-core';
import { keepScreenshot } from '../../../config/e2e/artifacts';
import { checkEveryMode, DISPLAY_MODES, showMode } from '../../../config/e2e/display-modes';
import {
  addressLine,
  choose,
  continueTo,
  openTask,
  typeInto,
  visible,
} from '../../../config/e2e/enrollment-steps';
import { setUpE2eApp } from '../../../config/e2e/set-up-e2e-app';
import { SEED_CHILDREN } from '../../../mock/seed/children';
import { SEED_ADDRESSES } from '../../../mock/seed/department-records';

// The address as district, street or compound, then building, unit and room; the downtown
// districts named; schools listed with their own address. Screenshots in zh, en and elder mode.
jest.setTimeout(240_000);
const e2e = setUpE2eApp();
const FIELD = 'f-residence-address';

/** Screenshots of the page as it is in the four display modes; ends in Chinese, normal mode. */
async function shootEveryMode(page: Page, name: string): Promise<void> {
  for (const mode of DISPLAY_MODES) {
    await showMode(page, mode);
    await keepScreenshot(page, `address-${name}-${mode.lang}${mode.elder ? '-elder' : ''}`);
  }
  await showMode(page, DISPLAY_MODES[0]);
}

/** A family with a verified household and a new property certificate, up to the home address. */
async function openResidenceAddress(): Promise<Page> {
  const parentId = 'p-property-not-synced';
  const page = await e2e.app.open(e2e.context, { parentId, route: '/features/enrollment/index' });
  await visible(page, 'task-child').waitFor();
  const child = SEED_CHILDREN.find((entry) => entry.parentId === parentId)!;
  await openTask(page, 'child');
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
  // The verified household address is a read-only row: no picker, no typed field added.
  await visible(page, 'f-household-address-backfill').waitFor();
  await expect(page.locator('.page:visible #f-household-address-street').count()).resolves.toBe(0);
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
  await visible(page, `${FIELD}-street`).waitFor();
  return page;
}

describe('the address picker', () => {
  it('asks the home address by district, street or compound, then building, unit and room', async () => {
    const page = await openResidenceAddress();
    // Every Jinan district and county, the seven downtown ones marked, then outside Jinan.
    const options = page.locator(`#${FIELD}-district-options:visible [role="radio"]`);
    await expect(options.count()).resolves.toBe(14);
    const marked = await options.evaluateAll((nodes) =>
      nodes
        .filter((node) => node.querySelector('.choice__detail')?.textContent === '中心城区')
        .map((node) => node.querySelector('.choice__label')?.textContent),
    );
    expect(marked).toEqual(['历下区', '市中区', '槐荫区', '天桥区', '历城区', '长清区', '高新区']);
    await expect(visible(page, `${FIELD}-district-hint`).innerText()).resolves.toContain(
      '济南高新区',
    );
    await shootEveryMode(page, 'empty');
    // Building, unit and room on the numeric keypad.
    for (const part of ['building', 'unit', 'room']) {
      const input = page.locator(`#${FIELD}-${part}:visible input`);
      await expect(input.getAttribute('inputmode')).resolves.toBe('numeric');
    }
    // The household address is offered with one tap, with the line it will register.
    await visible(page, `${FIELD}-same`).click();
    // This family's verified household address (mock/seed/department-records.ts).
    await expect(addressLine(page, FIELD)).resolves.toBe(SEED_ADDRESSES.shizhong);
    await expect(page.locator(`#${FIELD}-street:visible input`).inputValue()).resolves.toBe(
      '示例街8号示例花园',
    );
    await expect(page.locator(`#${FIELD}-same:visible`).count()).resolves.toBe(0);
    // The parts compose into one line, kept in Chinese on the English page.
    await typeInto(page, FIELD, SEED_ADDRESSES.shizhongWest);
    await expect(addressLine(page, FIELD)).resolves.toBe(SEED_ADDRESSES.shizhongWest);
    await expect(
      page.locator(`#${FIELD}-district-shizhong:visible`).getAttribute('aria-checked'),
    ).resolves.toBe('true');
    await expect(page.locator(`#${FIELD}-building:visible input`).inputValue()).resolves.toBe('4');
    await showMode(page, { lang: 'en-US', elder: false });
    await expect(
      page.locator(`#${FIELD}-full:visible .address-picker__line`).getAttribute('lang'),
    ).resolves.toBe('zh-CN');
    await expect(visible(page, `${FIELD}-district-shizhong`).innerText()).resolves.toContain(
      'Shizhong District',
    );
    await showMode(page, DISPLAY_MODES[0]);
    await shootEveryMode(page, 'filled');
    const reports = await checkEveryMode(page, 'address-picker');
    expect(reports.flatMap((report) => report.serious)).toEqual([]);
    expect(reports.flatMap((report) => report.sizes)).toEqual([]);
    // An address outside Jinan is asked in full.
    await visible(page, `${FIELD}-district-outside`).click();
    await expect(visible(page, `${FIELD}-street-label`).innerText()).resolves.toBe('详细地址');
    await page.locator(`#${FIELD}-street:visible input`).fill(SEED_ADDRESSES.migrantHome);
    for (const part of ['building', 'unit', 'room']) {
      await page.locator(`#${FIELD}-${part}:visible input`).fill('');
    }
    await expect(addressLine(page, FIELD)).resolves.toBe(SEED_ADDRESSES.migrantHome);
    await typeInto(page, FIELD, SEED_ADDRESSES.shizhongWest);
    await expect(addressLine(page, FIELD)).resolves.toBe(SEED_ADDRESSES.shizhongWest);
  });

  it('lists the catchment schools of the address, each with its own address', async () => {
    const page = await openResidenceAddress();
    await typeInto(page, FIELD, SEED_ADDRESSES.shizhongWest);
    await continueTo(page, '#task-school');
    await openTask(page, 'school');
    const places = page.locator('#f-schoolId:visible [id$="-place"]');
    await places.first().waitFor();
    const addresses = await places.allInnerTexts();
    expect(addresses.length).toBeGreaterThan(1);
    for (const address of addresses) expect(address).toMatch(/^济南市市中区.+号$/);
    await showMode(page, { lang: 'en-US', elder: false });
    const langs = await places.evaluateAll((nodes) =>
      nodes.map((node) => node.getAttribute('lang')),
    );
    expect(langs.every((lang) => lang === 'zh-CN')).toBe(true);
    await showMode(page, DISPLAY_MODES[0]);
    await shootEveryMode(page, 'schools');
  });
});
