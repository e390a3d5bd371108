import { fillToConfirm, openEnrollment } from '../e2e/enrollment-journey';
import { E2E_BUILD_DIR, PRODUCTION_BUILD_DIR } from '../e2e/e2e-app';
import { visible } from '../e2e/enrollment-steps';
import { setUpE2eApp } from '../e2e/set-up-e2e-app';
import { findNewerSyntax } from './es2017-syntax';
import { NEWER_BUILT_INS, deleteNewerBuiltInsScript } from './newer-built-ins';

// Parents open the light app in the webview their phone has: Android system webviews from
// Chrome 61 on (phones that cannot update it) and Safari on iOS 11 and later (HOST.md).
const e2e = setUpE2eApp();

describe('the H5 build on the oldest webviews parents have', () => {
  it.each([
    ['production', PRODUCTION_BUILD_DIR],
    ['browser-test', E2E_BUILD_DIR],
  ])('parses as ES2017 in every JavaScript file of the %s build', (_name, folder) => {
    expect(findNewerSyntax(folder)).toEqual([]);
  });

  it('completes a whole enrollment with the built-ins those webviews lack deleted', async () => {
    await e2e.context.addInitScript(deleteNewerBuiltInsScript());
    const page = await openEnrollment(e2e, 'p-all-verified');
    const deleted = await page.evaluate(
      () => (window as unknown as { __deletedBuiltIns: string[] }).__deletedBuiltIns,
    );
    const planned = Object.entries(NEWER_BUILT_INS).flatMap(([owner, names]) =>
      names.map((name) => `${owner}.${name}`),
    );
    expect(deleted).toEqual(planned);

    await fillToConfirm(page);
    await visible(page, 'confirm-submit').click();
    await visible(page, 'receipt-reference').waitFor();
    expect(e2e.app.observed(e2e.context).pageErrors).toEqual([]);
    // Only what the app polyfills came back; the rest it never needed.
    const present = await page.evaluate(() => ({
      fromEntries: typeof Object.fromEntries,
      arrayAt: typeof (Array.prototype as { at?: unknown }).at,
    }));
    expect(present).toEqual({ fromEntries: 'function', arrayAt: 'undefined' });
  });

  it('spaces the page with margins as flex gap did, where the engine has no flex gap', async () => {
    const page = await openEnrollment(e2e, 'p-all-verified');
    const spaces = () =>
      page.evaluate(() =>
        Array.from(document.querySelectorAll('.page__body:not([hidden]) > *'))
          .map((element) => element.getBoundingClientRect())
          .filter((box) => box.height > 0)
          .slice(0, 4)
          .map((box, index, boxes) =>
            index === 0 ? 0 : Math.round(box.top - boxes[index - 1]!.bottom),
          ),
      );
    const withGap = await spaces();
    expect(Math.max(...withGap)).toBeGreaterThan(0);
    await page.evaluate(() => {
      document.documentElement.classList.add('no-flex-gap');
      const style = document.createElement('style');
      style.textContent = '* { gap: 0 !important; }';
      document.head.appendChild(style);
    });
    await expect(spaces()).resolves.toEqual(withGap);
  });
});
