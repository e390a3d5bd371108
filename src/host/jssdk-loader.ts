const LOADER_ID = 'light-app-jssdk-loader';

/**
 * Adds the host's bridge loader script to the page, once. A script that failed to load is taken
 * out again, so the next sign-in attempt (重试) asks for it afresh.
 */
export function loadJssdkScript(doc: Document, url: string): void {
  if (!url || doc.getElementById(LOADER_ID)) return;
  const script = doc.createElement('script');
  script.id = LOADER_ID;
  script.src = url;
  script.async = true;
  script.addEventListener('error', () => script.remove());
  (doc.head ?? doc.documentElement).appendChild(script);
}
