import { base64Decode, utf8Decode } from '@/platform/crypto-bytes';
import { sampleDrawing, type PhotoSampleKind } from './photo-sample-drawing';

const KINDS: PhotoSampleKind[] = ['booklet', 'certificate', 'document'];

function svgOf(url: string): string {
  const [head, body = ''] = url.split(',');
  expect(head).toBe('data:image/svg+xml;base64');
  return utf8Decode(base64Decode(body));
}

describe('the sample drawings of the page to photograph', () => {
  it('are whole SVG pictures with the page to photograph framed in blue', () => {
    for (const kind of KINDS) {
      const svg = svgOf(sampleDrawing(kind));
      expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
      expect(svg.endsWith('</svg>')).toBe(true);
      expect(svg).toContain('stroke="#0b57d0"');
    }
  });

  it('differ from one kind of paper to the next', () => {
    expect(new Set(KINDS.map(sampleDrawing)).size).toBe(KINDS.length);
  });
});
