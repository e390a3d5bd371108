import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
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
