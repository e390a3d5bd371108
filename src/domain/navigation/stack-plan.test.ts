import { planNavigation, STACK_LIMIT, type StackPage } from './stack-plan';

const page = (route: string, params: Record<string, string> = {}): StackPage => ({
  route,
  params,
});
const HOME = page('/features/home/index');
const FAQ = page('/features/faq/index');

describe('reaching a page without piling pages up', () => {
  it('goes back to a page already in the stack instead of opening another copy', () => {
    const stack = [HOME, FAQ, page('/features/notices/index')];
    expect(planNavigation(stack, HOME, true)).toEqual({ kind: 'back', delta: 2 });
    expect(planNavigation(stack, FAQ, true)).toEqual({ kind: 'back', delta: 1 });
  });

  it('stays when the page asked for is the one on screen', () => {
    expect(planNavigation([HOME, FAQ], FAQ, true)).toEqual({ kind: 'stay' });
  });

  it('matches pages by their parameters too, and the route with or without its leading slash', () => {
    const detail = page('features/registrations/detail', { id: 'r-1' });
    expect(
      planNavigation(
        [HOME, detail, FAQ],
        page('/features/registrations/detail', { id: 'r-1' }),
        true,
      ),
    ).toEqual({
      kind: 'back',
      delta: 1,
    });
    expect(
      planNavigation([HOME, detail], page('/features/registrations/detail', { id: 'r-2' }), true),
    ).toEqual({ kind: 'open' });
  });

  it('opens a new page when asked not to reuse one (a form step, a new draft)', () => {
    expect(planNavigation([HOME, FAQ], FAQ, false)).toEqual({ kind: 'open' });
  });

  it('replaces the page on screen once the stack holds as many pages as it may', () => {
    const full = Array.from({ length: STACK_LIMIT }, (_, i) => page(`/p/${i}`));
    expect(planNavigation(full, FAQ, true)).toEqual({ kind: 'replace' });
    expect(planNavigation(full.slice(1), FAQ, true)).toEqual({ kind: 'open' });
  });
});
