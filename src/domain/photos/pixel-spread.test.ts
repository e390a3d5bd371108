import { isNearlyOneColour } from './pixel-spread';

const SIDE = 128;

function picture(paint: (x: number, y: number) => [number, number, number]): Uint8Array {
  const rgba = new Uint8Array(SIDE * SIDE * 4);
  for (let y = 0; y < SIDE; y += 1) {
    for (let x = 0; x < SIDE; x += 1) {
      rgba.set([...paint(x, y), 255], (y * SIDE + x) * 4);
    }
  }
  return rgba;
}

describe('isNearlyOneColour', () => {
  it('calls an all-black picture (a camera JPEG without image data) one colour', () => {
    expect(isNearlyOneColour(picture(() => [0, 0, 0]))).toBe(true);
  });

  it('calls a plain grey picture with faint sensor noise one colour', () => {
    const noisy = picture((x, y) => {
      const noise = ((x * 31 + y * 17) % 11) - 5;
      return [128 + noise, 128 + noise, 128 + noise];
    });
    expect(isNearlyOneColour(noisy)).toBe(true);
  });

  it('keeps a white page with a single short line of text', () => {
    const page = picture((x, y) =>
      y === 60 && x >= 20 && x < 60 ? [40, 40, 40] : [250, 250, 250],
    );
    expect(isNearlyOneColour(page)).toBe(false);
  });

  it('keeps a document photo of text lines on paper', () => {
    const page = picture((x, y) => (y % 10 < 3 && x > 10 ? [90, 90, 90] : [235, 232, 225]));
    expect(isNearlyOneColour(page)).toBe(false);
  });

  it('calls an empty sample one colour', () => {
    expect(isNearlyOneColour(new Uint8Array())).toBe(true);
  });
});
