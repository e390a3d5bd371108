/**
 * How to reach a page without piling pages up. The mini-program refuses a tenth page on its
 * stack (navigateTo fails silently past 10), and footer links tapped again and again must not
 * stack copies of the same page: a page already open is gone back to instead.
 */

/** The page stack's limit on the mini-program (and the same on H5, so both behave alike). */
export const STACK_LIMIT = 10;

export interface StackPage {
  route: string;
  params: Record<string, string>;
}

export type NavigationPlan =
  /** The page is on screen already. */
  | { kind: 'stay' }
  /** The page is below in the stack: go back `delta` pages to it. */
  | { kind: 'back'; delta: number }
  /** Push a new page. */
  | { kind: 'open' }
  /** Replace the page on screen (the stack is full). */
  | { kind: 'replace' };

function samePage(page: StackPage, target: StackPage): boolean {
  if (page.route.replace(/^\/?/, '/') !== target.route.replace(/^\/?/, '/')) return false;
  const keys = Object.keys(target.params);
  return (
    keys.length === Object.keys(page.params).length &&
    keys.every((key) => page.params[key] === target.params[key])
  );
}

/** Decides how to reach `target` from the current stack (bottom first, top last). */
export function planNavigation(
  stack: readonly StackPage[],
  target: StackPage,
  reuse: boolean,
  limit = STACK_LIMIT,
): NavigationPlan {
  if (reuse) {
    for (let i = stack.length - 1; i >= 0; i -= 1) {
      const page = stack[i];
      if (page && samePage(page, target)) {
        const delta = stack.length - 1 - i;
        return delta === 0 ? { kind: 'stay' } : { kind: 'back', delta };
      }
    }
  }
  return stack.length >= limit ? { kind: 'replace' } : { kind: 'open' };
}
