import { keptSource } from './keep-source';
import { PHOTO_LIMITS } from './photo-limits';
import { fakeJpeg, fakePng } from './test-headers';

const upright = (width: number, height: number) => ({ width, height });

describe('keptSource', () => {
  it('keeps a small upright JPEG that meets every limit, stripped of its metadata', () => {
    const bytes = fakeJpeg(1600, 1200, { orientation: 1 });
    const kept = keptSource(bytes, { format: 'jpeg', orientation: 1, size: upright(1600, 1200) });
    expect(kept).toEqual({
      bytes: fakeJpeg(1600, 1200),
      mimeType: 'image/jpeg',
      meetsLimits: true,
    });
  });

  it('keeps a PNG as PNG', () => {
    const bytes = fakePng(1080, 2340);
    const kept = keptSource(bytes, { format: 'png', orientation: 1, size: upright(1080, 2340) });
    expect(kept).toMatchObject({ mimeType: 'image/png', meetsLimits: true });
  });

  it('offers a file over 1 MB only for comparing with the JPEG it would become', () => {
    const bytes = fakeJpeg(4032, 3024, { paddingBytes: 0 });
    const limits = { ...PHOTO_LIMITS, softBytes: bytes.length - 1 };
    const kept = keptSource(
      bytes,
      { format: 'jpeg', orientation: 1, size: upright(4032, 3024) },
      limits,
    );
    expect(kept?.meetsLimits).toBe(false);
  });

  it('never keeps a photo that needs an EXIF turn to be upright', () => {
    const bytes = fakeJpeg(1600, 1200, { orientation: 6 });
    expect(
      keptSource(bytes, { format: 'jpeg', orientation: 6, size: upright(1200, 1600) }),
    ).toBeNull();
  });

  it('never keeps formats the gateway does not take, nor files over the canvas limit or 5 MB', () => {
    const jpeg = fakeJpeg(5000, 3000);
    expect(
      keptSource(jpeg, { format: 'webp', orientation: 1, size: upright(1600, 1200) }),
    ).toBeNull();
    expect(
      keptSource(jpeg, { format: 'jpeg', orientation: 1, size: upright(5000, 3000) }),
    ).toBeNull();
    const limits = { ...PHOTO_LIMITS, hardBytes: 10 };
    expect(
      keptSource(jpeg, { format: 'jpeg', orientation: 1, size: upright(1600, 1200) }, limits),
    ).toBeNull();
  });
});
