// On H5 a Taro View is a <div> and a Text a <span> (config/h5-components): one given the role of
// a control (a link in text, a choice, a tab) has no tab stop and answers no key. This gives them
// what native controls have, for every page at once. Buttons and inputs are native already.
const INTERACTIVE_ROLES = new Set(['button', 'link', 'radio', 'checkbox', 'switch', 'tab']);
const NATIVE_CONTROLS = new Set(['A', 'BUTTON', 'INPUT', 'SELECT', 'TEXTAREA']);

function needsHelp(element: Element): boolean {
  return (
    !NATIVE_CONTROLS.has(element.tagName) &&
    INTERACTIVE_ROLES.has(element.getAttribute('role') ?? '')
  );
}

function enhance(root: ParentNode): void {
  root.querySelectorAll<HTMLElement>('[role]:not([tabindex])').forEach((element) => {
    if (needsHelp(element)) element.tabIndex = 0;
  });
}

function activate(event: KeyboardEvent): void {
  const target = event.target as HTMLElement | null;
  if (!target || !needsHelp(target)) return;
  const role = target.getAttribute('role') ?? '';
  const space = event.key === ' ' || event.key === 'Spacebar';
  // Links answer Enter only; buttons and choices answer Enter and Space, as native ones do.
  if (event.key !== 'Enter' && !(space && role !== 'link')) return;
  event.preventDefault();
  target.click();
}

let installed = false;

/** Gives elements with a control's role the tab stop and keys of a native control. */
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
    attributeFilter: ['role', 'tabindex'],
  });
  document.addEventListener('keydown', activate);
}
