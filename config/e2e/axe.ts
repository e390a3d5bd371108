import type { Page } from 'playwright-core';

/** One axe rule broken on a page, with where (CSS targets) and why. */
export interface AxeFinding {
  id: string;
  impact: string | null;
  help: string;
  nodes: string[];
}

/**
 * Runs axe-core (WCAG 2.1 A/AA and best practices) on what the parent sees: Taro H5 keeps earlier
 * pages hidden in the DOM, and axe skips hidden content.
 */
export async function runAxe(page: Page): Promise<AxeFinding[]> {
  const loaded = await page.evaluate(() => 'axe' in window);
  if (!loaded) await page.addScriptTag({ path: require.resolve('axe-core') });
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: typeof import('axe-core') }).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((violation) => ({
      id: violation.id,
      impact: violation.impact ?? null,
      help: violation.help,
      nodes: violation.nodes.map((node) =>
        `${node.target.join(' ')} :: ${node.failureSummary ?? ''}`.slice(0, 300),
      ),
    }));
  });
}

/** The findings a parent using a screen reader or large text would be blocked by. */
export function seriousOrWorse(findings: AxeFinding[]): AxeFinding[] {
  return findings.filter(
    (finding) => finding.impact === 'serious' || finding.impact === 'critical',
  );
}
