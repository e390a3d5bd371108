/** WeChat keeps at most 10 pages: a parent moving around the bottom links must never hit it. */
import { launchSignedIn, newDevice } from './sim-app';

it('keeps moving between pages from the bottom links past the 10-page stack limit', async () => {
  const program = await launchSignedIn(newDevice(), 'p-all-verified');
  try {
    for (let round = 0; round < 8; round += 1) {
      for (const [link, route] of [
        ['footer-notices', 'features/notices/index'],
        ['footer-faq', 'features/faq/index'],
      ] as const) {
        program.tap(await program.waitForNode({ id: link }));
        await program.waitFor(`${route} on top`, () => program.page().route === route);
      }
    }
    expect(program.pages.length).toBeLessThanOrEqual(10);
  } finally {
    program.close();
  }
  expect(program.errors).toEqual([]);
});
