import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const DEBIAN_CHROMIUM = '/usr/bin/chromium';
const ROOT = path.resolve(__dirname, '..', '..');

// @sparticuz/chromium is an ES module; jest's CommonJS runtime cannot import it, so a short
// child process unpacks the browser (to /tmp, once) and prints its path.
const UNPACK_SCRIPT = `import c from '@sparticuz/chromium';
c.setGraphicsMode = false;
process.stdout.write(await c.executablePath());`;

/**
 * Finds a Chromium without downloading anything: CHROMIUM_PATH, Debian's package where present,
 * otherwise the one shipped inside the @sparticuz/chromium npm package.
 */
export function findChromium(): string {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  if (existsSync(DEBIAN_CHROMIUM)) return DEBIAN_CHROMIUM;
  return execFileSync(process.execPath, ['--input-type=module', '-e', UNPACK_SCRIPT], {
    cwd: ROOT,
    encoding: 'utf8',
  }).trim();
}

/** Flags that keep Chromium quiet on a machine with no network but loopback. */
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-quic',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--no-default-browser-check',
];

/** Noto Sans SC (SIL OFL), shipped by an npm package, so no system font install is needed. */
const CJK_FONT_DIR = path.join(ROOT, 'node_modules', '@embedpdf', 'fonts-sc', 'fonts');

/**
 * The environment to launch Chromium with: a fontconfig file that adds the CJK font the tests
 * carry with them to the machine's own fonts, so screenshots show Chinese, not empty boxes, on a
 * machine with no CJK fonts installed.
 */
export function chromiumEnvironment(): Record<string, string> {
  const folder = path.join(os.tmpdir(), 'jinan-e2e-fontconfig');
  mkdirSync(folder, { recursive: true });
  const file = path.join(folder, 'fonts.conf');
  writeFileSync(
    file,
    `<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<fontconfig>
  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>
  <dir>${CJK_FONT_DIR}</dir>
  <cachedir>${path.join(folder, 'cache')}</cachedir>
</fontconfig>
`,
  );
  const environment: Record<string, string> = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (value !== undefined) environment[key] = value;
  }
  return { ...environment, FONTCONFIG_FILE: file };
}
