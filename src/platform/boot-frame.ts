/**
 * Keeps index.html's boot frame (title bar and 正在加载…) on screen and the app's own page out of
 * sight while `held`: a parent who chose English sees the frame until the English words arrive,
 * never a Chinese page that then reflows into English. Inline styles outrank the frame's own
 * `#app:not(:empty) + #boot` rule. The mini-program has no document and no boot frame.
 */
export function holdBootFrame(held: boolean): void {
  if (typeof document === 'undefined' || !document.getElementById) return;
  const app = document.getElementById('app');
  const boot = document.getElementById('boot');
  if (!app || !boot) return;
  app.style.visibility = held ? 'hidden' : '';
  boot.style.display = held ? 'block' : '';
}
