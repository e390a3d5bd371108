/**
 * Moves keyboard and screen-reader focus to an element by id (GOV.UK: focus the error summary
 * when it appears; a summary link moves to its field). Elements that are not focusable by
 * nature get tabindex -1 so they can take focus without joining the tab order.
 */
export function focusById(id: string, options: { field?: boolean } = {}): void {
  const element = document.getElementById(id);
  if (!element) return;
  element.scrollIntoView({ block: 'center' });
  const target = options.field ? (element.querySelector('input') ?? element) : element;
  if (!target.hasAttribute('tabindex') && target.tagName !== 'INPUT') {
    target.setAttribute('tabindex', '-1');
  }
  target.focus();
}
