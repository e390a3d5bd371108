import { clampScale, doubleTapScale, pinchScale, stepScale, TAP_SCALE } from './zoom-gesture';

const at = (clientX: number, clientY: number) => ({ clientX, clientY });

describe('zooming the photo preview', () => {
  it('follows two fingers spreading apart and pinching together', () => {
    const start: [ReturnType<typeof at>, ReturnType<typeof at>] = [at(100, 100), at(200, 100)];
    expect(pinchScale(1, start, [at(50, 100), at(250, 100)])).toBe(2);
    expect(pinchScale(2, start, [at(125, 100), at(175, 100)])).toBe(1);
  });

  it('never zooms out past the whole picture nor in past four times', () => {
    expect(clampScale(0.3)).toBe(1);
    expect(clampScale(9)).toBe(4);
    expect(pinchScale(3, [at(0, 0), at(10, 0)], [at(0, 0), at(100, 0)])).toBe(4);
  });

  it('ignores a pinch that starts with both fingers on one spot', () => {
    expect(pinchScale(1.5, [at(5, 5), at(5, 5)], [at(0, 0), at(90, 0)])).toBe(1.5);
  });

  it('zooms in on a double tap and back to the whole picture on the next', () => {
    expect(doubleTapScale(1)).toBe(TAP_SCALE);
    expect(doubleTapScale(TAP_SCALE)).toBe(1);
    expect(doubleTapScale(1.2)).toBe(1);
  });

  it('steps the zoom with the buttons within the same limits', () => {
    expect(stepScale(1, 1)).toBe(1.5);
    expect(stepScale(1, -1)).toBe(1);
    expect(stepScale(3, 1)).toBe(4);
  });
});
