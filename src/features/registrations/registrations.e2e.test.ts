import type { BrowserContext, Page } from 'playwright-core';
import type { RegistrationSummary } from '@contract';
import { startE2eApp, type E2eApp } from '../../../config/e2e/e2e-app';
import {
  continueTo,
  openTask,
  submitFromCheck,
  visible,
} from '../../../config/e2e/enrollment-steps';
import { SECOND_MIGRANT_CHILD, seedRegistration } from '../../../mock/registration-fixtures';

let app: E2eApp;
let context: BrowserContext;

beforeAll(async () => {
  app = await startE2eApp();
});

afterAll(async () => {
  await app.close();
});

beforeEach(async () => {
  await app.control('/reset', {});
  context = await app.newContext();
});

afterEach(async () => {
  await context.close();
});

const seed = (parentId: string, child?: typeof SECOND_MIGRANT_CHILD) =>
  seedRegistration(app.server.gateway, parentId, child);

const advance = (id: string, body: Record<string, string>) =>
  app.control(`/registrations/${id}/advance`, body);

function stored(): RegistrationSummary[] {
  return app.server.gateway.state.enrollment.registrations.map((r) => ({
    ...r.registration,
    history: r.history,
    correction: r.correction,
    resultNote: r.resultNote,
    appointment: r.appointment,
    replaces: r.replaces,
  }));
}

async function openList(parentId: string, ctx = context): Promise<Page> {
  const page = await app.open(ctx, { parentId, route: '/features/registrations/index' });
  await visible(page, 'group-enrollment').waitFor();
  return page;
}

async function openDetail(parentId: string, id: string, ctx = context): Promise<Page> {
  const page = await app.open(ctx, { parentId, route: `/features/registrations/detail?id=${id}` });
  await visible(page, 'detail-reference').waitFor();
  return page;
}

describe('我的登记', () => {
  it('lists two children of one parent with their states as review moves on', async () => {
    const first = seed('p-migrant-worker');
    const second = seed('p-migrant-worker', SECOND_MIGRANT_CHILD);
    await advance(first.id, { to: 'passed' });
    await advance(second.id, { to: 'returned', reason: '居住证照片不清晰' });
    const page = await openList('p-migrant-worker');
    await expect(visible(page, `reg-${first.id}-status`).innerText()).resolves.toBe('审核通过');
    await expect(visible(page, `reg-${second.id}-status`).innerText()).resolves.toBe('退回修改');
    await expect(visible(page, `reg-${second.id}-next`).innerText()).resolves.toContain('修改');
    const text = await visible(page, 'group-enrollment').innerText();
    expect(text).toContain('孙浩然');
    expect(text).toContain('孙雨桐');
    expect(text).not.toContain(SECOND_MIGRANT_CHILD.idNumber);
    await visible(page, `reg-${second.id}-open`).click();
    await visible(page, 'correction').waitFor();
    await expect(visible(page, 'correction').innerText()).resolves.toContain('居住证照片不清晰');
    await expect(visible(page, 'step-result').innerText()).resolves.toContain('退回修改');
    await expect(visible(page, 'not-admission').innerText()).resolves.toContain('学校电话通知');
  });

  it('continues with another child after showing the reused family answers', async () => {
    seed('p-migrant-worker');
    const page = await openList('p-migrant-worker');
    await visible(page, 'register-another-enrollment').click();
    await visible(page, 'another-child').waitFor();
    const shown = await visible(page, 'another-child').innerText();
    expect(shown).toContain('天桥区');
    expect(shown).not.toContain('孙浩然');
    await visible(page, 'another-confirm').click();
    await visible(page, 'task-child').waitFor();
  });
});

describe('删除信息 and corrections (FAQ 8)', () => {
  it('deletes while open after a confirmation, then re-fills from the content', async () => {
    const registration = seed('p-all-verified');
    const page = await openDetail('p-all-verified', registration.id);
    await visible(page, 'delete').click();
    await expect(visible(page, 'delete-confirm').innerText()).resolves.toContain('回执编号作废');
    await visible(page, 'confirm-delete').click();
    await visible(page, 'deleted').waitFor();
    expect(stored()).toHaveLength(0);
    await visible(page, 'refill').click();
    await visible(page, 'task-child').waitFor();
    await expect(visible(page, 'task-child-status').innerText()).resolves.not.toBe('未开始');
  });

  it('shows view-only with no delete after the window closed', async () => {
    const registration = seed('p-all-verified');
    await app.control('/clock', { now: '2022-07-11T09:00:00+08:00' });
    const page = await openDetail('p-all-verified', registration.id);
    await expect(visible(page, 'view-only-notice').innerText()).resolves.toContain('只能查看');
    expect(await page.locator('#delete:visible').count()).toBe(0);
    expect(await page.locator('#fix-resubmit:visible').count()).toBe(0);
    await expect(visible(page, 'detail-next').innerText()).resolves.toContain('只能查看');
  });

  it('fixes and resubmits a returned registration, which replaces it', async () => {
    const registration = seed('p-all-verified');
    await advance(registration.id, { to: 'returned', reason: '请核对房产信息' });
    const page = await openDetail('p-all-verified', registration.id);
    await visible(page, 'fix-resubmit').click();
    await visible(page, 'task-child').waitFor();
    // The new draft is checked against the departments' data again (FAQ 5) before submit.
    await openTask(page, 'child');
    await continueTo(page, '#step-child-1');
    await continueTo(page, '#task-guardian');
    await visible(page, 'check-answers').click({ timeout: 20_000 });
    await submitFromCheck(page);
    await visible(page, 'confirm-submit').click();
    await visible(page, 'receipt-reference').waitFor();
    const now = stored();
    expect(now).toHaveLength(1);
    expect(now[0]?.replaces).toBe(registration.id);
    expect(now[0]?.status).toBe('submitted');
  });
});

describe('预约现场登记 (FAQ 10)', () => {
  const FIRST = 'pt-lixia-2022-07-06-am';
  const SECOND = 'pt-lixia-2022-07-07-pm';

  /** Chooses a slot and confirms it, as a parent would: one slot, then the one button. */
  async function book(page: Page, slotId: string): Promise<void> {
    await visible(page, `slot-${slotId}`).click();
    await visible(page, 'confirm-slot').click();
    await page.locator('#appointment-outcome[data-outcome="booked"]:visible').waitFor();
  }

  async function openAppointment(id: string, ctx = context): Promise<Page> {
    const page = await openDetail('p-migrant-worker', id, ctx);
    await visible(page, 'open-appointment').click();
    await visible(page, 'slot-picker').waitFor();
    return page;
  }

  it('books, reschedules and cancels, with the personal originals list', async () => {
    const registration = seed('p-migrant-worker');
    const page = await openAppointment(registration.id);
    await visible(page, 'original-residence-permit').waitFor();
    await book(page, FIRST);
    const booked = visible(page, 'appointment-booked');
    await expect(booked.innerText()).resolves.toContain('预约成功');
    await expect(booked.innerText()).resolves.toContain('2022年7月6日 星期三');
    await expect(visible(page, 'appointment-current').innerText()).resolves.toContain(
      '2022年7月6日 星期三',
    );
    await book(page, SECOND);
    await page.waitForFunction(() =>
      document.querySelector('#appointment-current')?.textContent?.includes('7月7日 星期四'),
    );
    expect(stored()[0]?.appointment?.slotId).toBe(SECOND);
    await visible(page, 'cancel-appointment').click();
    await page.locator('#appointment-outcome[data-outcome="cancelled"]:visible').waitFor();
    await expect(visible(page, 'appointment-current').innerText()).resolves.toContain('尚未预约');
    expect(stored()[0]?.appointment).toBeNull();
  });

  it('groups the slots by day with the weekday and has one confirm button, idle until a slot is chosen', async () => {
    const registration = seed('p-migrant-worker');
    const page = await openAppointment(registration.id);
    const days = await page
      .locator('#slot-picker:visible .slot-day__title')
      .evaluateAll((all) => all.map((day) => day.textContent ?? ''));
    expect(days.length).toBeGreaterThan(1);
    expect(days[0]).toMatch(/^2022年7月\d+日 星期[一二三四五六日]$/);
    await expect(
      page.locator('#slot-picker:visible [role="heading"][aria-level="3"]').count(),
    ).resolves.toBe(days.length);
    await expect(page.locator('#slot-picker:visible button').count()).resolves.toBe(1);
    await expect(visible(page, 'confirm-slot').isDisabled()).resolves.toBe(true);
    await visible(page, `slot-${FIRST}`).click();
    await expect(visible(page, `slot-${FIRST}`).getAttribute('aria-checked')).resolves.toBe('true');
    await expect(visible(page, 'slot-chosen').innerText()).resolves.toContain(
      '2022年7月6日 星期三',
    );
    await expect(visible(page, 'confirm-slot').isDisabled()).resolves.toBe(false);
  });

  it('gives the last place to exactly one of two phones racing for it', async () => {
    const first = seed('p-migrant-worker');
    const second = seed('p-migrant-worker', SECOND_MIGRANT_CHILD);
    await app.control(`/appointment-slots/${FIRST}`, { capacity: 1 });
    const other = await app.newContext();
    const pages = [await openAppointment(first.id), await openAppointment(second.id, other)];
    for (const page of pages) await visible(page, `slot-${FIRST}`).click();
    await Promise.all(pages.map((page) => visible(page, 'confirm-slot').click()));
    const outcomes = await Promise.all(
      pages.map(async (page) => {
        const outcome = page.locator('#appointment-outcome:visible');
        await outcome.waitFor();
        return outcome.getAttribute('data-outcome');
      }),
    );
    expect([...outcomes].sort()).toEqual(['booked', 'failed']);
    const loser = pages[outcomes.indexOf('failed')];
    await expect(loser?.locator('#appointment-outcome:visible').innerText()).resolves.toContain(
      '已约满',
    );
    expect(stored().filter((r) => r.appointment?.slotId === FIRST)).toHaveLength(1);
    await other.close();
  });
});
