import type { Page } from 'playwright-core';

/** Everything a parent can read on the page, plus attribute values a screen reader could. */
export async function visibleAndHiddenText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const attributes = Array.from(document.querySelectorAll('*'))
      .flatMap((element) => Array.from(element.attributes).map((attribute) => attribute.value))
      .join(' ');
    return `${document.body.innerText} ${attributes}`;
  });
}
