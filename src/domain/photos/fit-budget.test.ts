import { fitToBudget, QUALITY_STEPS, type EncodeAttempt } from './fit-budget';
import { fakeJpeg, fakePng } from './test-headers';

const MB = 1024 * 1024;
const PHONE_12MP = { width: 4032, height: 3024 };

/** An encoder whose output size follows a model; records what it was asked for. */
function modelEncoder(bytesFor: (attempt: EncodeAttempt) => number) {
  const asked: EncodeAttempt[] = [];
  const encode = jest.fn(async (attempt: EncodeAttempt) => {
    asked.push(attempt);
    return {
      payload: 'out',
      bytes: bytesFor(attempt),
      head: fakeJpeg(attempt.width, attempt.height),
      fromSource: false,
    };
  });
  return { encode, asked };
}

/** Bytes per pixel at quality 0.92, falling by e^-falloff per unit of quality like real JPEG. */
function perPixel(atTop: number, falloff = 6) {
  return (a: EncodeAttempt) => a.width * a.height * atTop * Math.exp(falloff * (a.quality - 0.92));
}

describe('fitToBudget', () => {
  it('takes a normal 12 MP phone photo in one go: legible size, best quality, under 1 MB', async () => {
    const { encode, asked } = modelEncoder(perPixel(0.22));
    const fit = await fitToBudget(PHONE_12MP, encode);
    expect(asked).toEqual([{ width: 2339, height: 1754, quality: 0.92 }]);
    expect(fit).toMatchObject({ ok: true, attempts: 1, overSoft: false });
  });

  it('lowers the quality step by step until the photo is under 1 MB', async () => {
    const { encode, asked } = modelEncoder(perPixel(0.3, 3));
    const fit = await fitToBudget(PHONE_12MP, encode);
    expect(fit.ok).toBe(true);
    expect(asked.map((a) => a.quality)).toEqual([0.92, 0.88, 0.84]);
    expect(asked.every((a) => a.width === 2339)).toBe(true);
  });

  it('skips quality steps that clearly cannot fit', async () => {
    const { asked, encode } = modelEncoder(perPixel(0.6));
    await fitToBudget(PHONE_12MP, encode);
    expect(asked[1]?.quality).toBeLessThan(0.84);
    expect(asked.length).toBeLessThan(QUALITY_STEPS.length);
  });

  it('keeps the legible size over 1 MB when even the lowest quality is bigger, if under 5 MB', async () => {
    const { encode, asked } = modelEncoder(() => 3 * MB);
    const fit = await fitToBudget(PHONE_12MP, encode);
    expect(fit).toMatchObject({ ok: true, overSoft: true, attempt: { width: 2339, quality: 0.6 } });
    expect(asked.every((a) => a.width === 2339)).toBe(true);
  });

  it('shrinks below the legible size only to get under 5 MB', async () => {
    const { encode, asked } = modelEncoder((a) => (a.width >= 2000 ? 6 * MB : 4 * MB));
    const fit = await fitToBudget(PHONE_12MP, encode);
    expect(fit).toMatchObject({ ok: true, overSoft: true });
    const last = asked[asked.length - 1];
    expect(last?.width).toBeLessThan(2000);
    expect(last?.width).toBeGreaterThanOrEqual(1000);
  });

  it('gives up rather than shrink a photo below 1000 px', async () => {
    const { encode } = modelEncoder(() => 6 * MB);
    expect(await fitToBudget(PHONE_12MP, encode)).toMatchObject({
      ok: false,
      problem: 'compress-failed',
      output: 'no-fit',
    });
  });

  it("reports the output's own pixel size, which may differ from the plan by rounding", async () => {
    const encode = async () => ({
      payload: 'x',
      bytes: 1,
      head: fakeJpeg(2338, 1754),
      fromSource: false,
    });
    expect(await fitToBudget(PHONE_12MP, encode)).toMatchObject({
      attempt: { width: 2339, height: 1754 },
      size: { width: 2338, height: 1754 },
    });
  });

  it('never enlarges a small source', async () => {
    const { encode, asked } = modelEncoder(() => 100_000);
    await fitToBudget({ width: 1600, height: 1200 }, encode);
    expect(asked).toEqual([{ width: 1600, height: 1200, quality: 0.92 }]);
  });

  it('never uploads the original when the encoder hands it back unchanged', async () => {
    const encode = async (a: EncodeAttempt) => ({
      payload: 'original',
      bytes: 100_000,
      head: fakeJpeg(a.width, a.height),
      fromSource: true,
    });
    expect(await fitToBudget(PHONE_12MP, encode)).toMatchObject({
      ok: false,
      problem: 'compress-failed',
      output: 'unchanged-source',
    });
  });

  it('never uploads an output of the wrong size or type', async () => {
    const full = async () => ({
      payload: 'x',
      bytes: 1,
      head: fakeJpeg(4032, 3024),
      fromSource: false,
    });
    const png = async () => ({
      payload: 'x',
      bytes: 1,
      head: fakePng(2339, 1754),
      fromSource: false,
    });
    expect(await fitToBudget(PHONE_12MP, full)).toMatchObject({ output: 'wrong-size' });
    expect(await fitToBudget(PHONE_12MP, png)).toMatchObject({ output: 'not-jpeg' });
  });

  it('stops between attempts once cancelled', async () => {
    let cancelled = false;
    const { encode, asked } = modelEncoder(() => {
      cancelled = true;
      return 2 * MB;
    });
    const fit = await fitToBudget(PHONE_12MP, encode, { isCancelled: () => cancelled });
    expect(fit).toEqual({ ok: false, problem: 'cancelled', attempts: 1 });
    expect(asked).toHaveLength(1);
  });
});
