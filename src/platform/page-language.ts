/**
 * Tells the webview which language the page is in, so screen readers pick the right voice
 * (WCAG 3.1.1). The mini-program has no document and reads the language from the page instead.
 */
export function showPageLanguage(lang: string): void {
  if (typeof document === 'undefined' || !document.documentElement) return;
  document.documentElement.lang = lang;
}
