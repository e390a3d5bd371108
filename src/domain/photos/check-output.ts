import { readJpegHeader } from './jpeg-header';
import type { Size } from './plan-size';

/** What can be wrong with an encoder's answer: each means "do not upload this". */
export type OutputProblem = 'unchanged-source' | 'not-jpeg' | 'wrong-size' | 'kept-metadata';

/** Pixels of rounding an encoder may differ by from the size asked for. */
const SIZE_TOLERANCE = 2;

/**
 * Checks that an encoder really produced a fresh JPEG of the asked size. compressorjs silently
 * hands back the original file when the canvas fails (e.g. too large for the device) or the
 * result would be bigger; uploading that by accident would send an unturned photo with its
 * location metadata, or one over 5 MB (FAQ 12). `head` is the output's first bytes; the answer
 * carries the output's real pixel size.
 */
export function checkEncodedOutput(
  head: Uint8Array,
  fromSource: boolean,
  expected: Size,
): { ok: true; size: Size } | { ok: false; problem: OutputProblem } {
  if (fromSource) return { ok: false, problem: 'unchanged-source' };
  const scan = readJpegHeader(head);
  if (scan.status !== 'found') return { ok: false, problem: 'not-jpeg' };
  const { width, height, orientation } = scan.value;
  if (
    Math.abs(width - expected.width) > SIZE_TOLERANCE ||
    Math.abs(height - expected.height) > SIZE_TOLERANCE
  ) {
    return { ok: false, problem: 'wrong-size' };
  }
  if (orientation !== 1) return { ok: false, problem: 'kept-metadata' };
  return { ok: true, size: { width, height } };
}
