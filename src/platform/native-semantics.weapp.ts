/** The mini-program's own components carry their accessibility; nothing to add there. */
export function installNativeSemantics(): void {}
