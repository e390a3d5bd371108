/** The mini-program has no DOM focus to move; its screen reader follows the page itself. */
export function focusById(_id: string, _options: { field?: boolean } = {}): void {
  // Nothing to do on weapp.
}
