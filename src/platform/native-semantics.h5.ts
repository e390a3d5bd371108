// Taro H5 renders Button, View and Text as custom elements: a Button has no button role, no tab
// stop and no Enter/Space activation, and Input keeps its aria-* on a wrapper around the real
// <input>. This gives them what native controls have, for every page at once.
const INTERACTIVE_ROLES = new Set(['button', 'link', 'radio', 'checkbox', 'switch', 'tab']);
const INPUT_ARIA = ['aria-labelledby', 'aria-describedby', 'aria-invalid', 'aria-label'];

function isCustom(element: Element): boolean {
  return element.tagName.includes('-');
}

function enhance(root: ParentNode): void {
  root.querySelectorAll('taro-button-core:not([role])').forEach((button) => {
    button.setAttribute('role', 'button');
  });
  root.querySelectorAll<HTMLElement>('[role]:not([tabindex])').forEach((element) => {
    if (isCustom(element) && INTERACTIVE_ROLES.has(element.getAttribute('role') ?? '')) {
      element.tabIndex = 0;
    }
  });
  root.querySelectorAll('taro-button-core').forEach((button) => {
    // React writes `disabled={false}` on a custom element as the attribute disabled="false".
    const value = button.getAttribute('disabled');
    const disabled = value !== null && value !== 'false' ? 'true' : null;
    if (button.getAttribute('aria-disabled') !== disabled) {
      if (disabled) button.setAttribute('aria-disabled', disabled);
      else button.removeAttribute('aria-disabled');
    }
  });
  root.querySelectorAll('taro-input-core, taro-textarea-core').forEach((wrapper) => {
    const field = wrapper.querySelector('input, textarea');
    INPUT_ARIA.forEach((name) => {
      const value = wrapper.getAttribute(name);
      if (field && value !== null && field.getAttribute(name) !== value) {
        field.setAttribute(name, value);
      }
    });
  });
}

function activate(event: KeyboardEvent): void {
  const target = event.target as HTMLElement | null;
  if (!target || !isCustom(target)) return;
  const role = target.getAttribute('role') ?? '';
  if (!INTERACTIVE_ROLES.has(role)) return;
  const space = event.key === ' ' || event.key === 'Spacebar';
  // Links answer Enter only; buttons and choices answer Enter and Space, as native ones do.
  if (event.key !== 'Enter' && !(space && role !== 'link')) return;
  event.preventDefault();
  target.click();
}

let installed = false;

/** Gives Taro's custom elements the roles, tab stops, keys and labels of native controls. */
export function installNativeSemantics(): void {
  if (installed || typeof document === 'undefined' || typeof MutationObserver === 'undefined') {
    return;
  }
  installed = true;
  enhance(document);
  let queued = false;
  // One pass per burst of DOM changes: a long form re-renders many nodes at once.
  const schedule = () => {
    if (queued) return;
    queued = true;
    void Promise.resolve().then(() => {
      queued = false;
      enhance(document);
    });
  };
  new MutationObserver(schedule).observe(document.documentElement, {
    subtree: true,
    childList: true,
    attributes: true,
    attributeFilter: ['role', 'disabled', ...INPUT_ARIA],
  });
  document.addEventListener('keydown', activate);
}
