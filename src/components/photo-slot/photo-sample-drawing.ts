import { base64Encode, utf8Encode } from '@/platform/crypto-bytes';

/** The kinds of paper a material is photographed from; each has its own sample drawing. */
export type PhotoSampleKind = 'booklet' | 'certificate' | 'document';

const FRAME = '#0b57d0';
const INK = '#5f6368';
const SEAL = '#c5221f';

const lines = (x: number, y: number, width: number, count: number, gap = 14) =>
  Array.from(
    { length: count },
    (_, i) =>
      `<rect x="${x}" y="${y + i * gap}" width="${i % 3 === 2 ? width * 0.6 : width}" height="5" rx="2" fill="${INK}" opacity=".55"/>`,
  ).join('');

const check = (x: number, y: number) =>
  `<circle cx="${x}" cy="${y}" r="13" fill="${FRAME}"/><path d="M${x - 6} ${y} l4 5 l8 -10" stroke="#fff" stroke-width="3" fill="none"/>`;

// Our own simple drawings: the page to photograph framed in blue with a tick, the rest grey.
const DRAWINGS: Record<PhotoSampleKind, string> = {
  booklet:
    '<rect x="14" y="16" width="100" height="128" rx="4" fill="#eceff3" stroke="#b8bec6" stroke-width="2"/>' +
    lines(28, 40, 72, 6) +
    '<rect x="118" y="16" width="100" height="128" rx="4" fill="#fff" stroke="' +
    FRAME +
    '" stroke-width="4"/>' +
    '<rect x="132" y="28" width="72" height="10" rx="2" fill="#7a4b2a" opacity=".7"/>' +
    lines(132, 50, 72, 6) +
    check(210, 24),
  certificate:
    '<rect x="20" y="22" width="190" height="120" rx="6" fill="#fff" stroke="' +
    FRAME +
    '" stroke-width="4"/>' +
    '<rect x="70" y="36" width="90" height="10" rx="2" fill="#7a4b2a" opacity=".7"/>' +
    lines(38, 62, 110, 5) +
    `<circle cx="176" cy="112" r="18" fill="none" stroke="${SEAL}" stroke-width="4"/>` +
    check(206, 28),
  document:
    '<rect x="64" y="10" width="108" height="142" rx="3" fill="#fff" stroke="' +
    FRAME +
    '" stroke-width="4"/>' +
    lines(78, 26, 80, 7) +
    `<path d="M82 132 q10 -14 20 0 t20 0" stroke="${INK}" stroke-width="3" fill="none"/>` +
    `<circle cx="146" cy="128" r="14" fill="none" stroke="${SEAL}" stroke-width="4"/>` +
    check(168, 18),
};

/** The drawing as a data URL. */
export function sampleDrawing(kind: PhotoSampleKind): string {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 232 160">${DRAWINGS[kind]}</svg>`;
  // Base64, which the mini-program's Image takes as well as the browser.
  return `data:image/svg+xml;base64,${base64Encode(utf8Encode(svg))}`;
}
