import type { BrowserContext } from 'playwright-core';
import { startE2eApp, type E2eApp } from '../../../config/e2e/e2e-app';

let app: E2eApp;
let context: BrowserContext;

beforeAll(async () => {
  app = await startE2eApp();
  context = await app.newContext();
});

afterAll(async () => {
  await app.close();
});

describe('FAQ page', () => {
  it('shows all 14 answers of the source FAQ in order', async () => {
    const page = await app.open(context, {
      parentId: 'p-all-verified',
      route: '/features/faq/index',
    });
    await page.locator('#faq-14').waitFor();
    const ids = await page.locator('.faq-entry').evaluateAll((nodes) => nodes.map((n) => n.id));
    expect(ids).toEqual(Array.from({ length: 14 }, (_, i) => `faq-${i + 1}`));
    await expect(page.locator('#faq-12').innerText()).resolves.toContain('5M');
    await expect(page.locator('#faq-5').innerText()).resolves.toContain('自动回填');
  });
});
