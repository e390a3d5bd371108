import { orientedSize, planOutputSize } from './plan-size';

describe('planOutputSize', () => {
  it('scales a 12 MP photo to the legible long side, keeping its shape', () => {
    expect(planOutputSize({ width: 4032, height: 3024 }, 2339)).toEqual({
      width: 2339,
      height: 1754,
    });
    expect(planOutputSize({ width: 3024, height: 4032 }, 2339)).toEqual({
      width: 1754,
      height: 2339,
    });
  });

  it('never enlarges a photo that is already smaller', () => {
    expect(planOutputSize({ width: 1600, height: 1200 }, 2339)).toEqual({
      width: 1600,
      height: 1200,
    });
  });

  it('keeps a size within 1 % of the wanted long side rather than resample by a pixel or two', () => {
    expect(planOutputSize({ width: 1080, height: 2340 }, 2339)).toEqual({
      width: 1080,
      height: 2340,
    });
    expect(planOutputSize({ width: 1080, height: 2400 }, 2339)).toEqual({
      width: 1053,
      height: 2339,
    });
  });

  it('never goes above the 4096 px canvas limit of iOS webviews', () => {
    expect(planOutputSize({ width: 8064, height: 6048 }, 6000)).toEqual({
      width: 4096,
      height: 3072,
    });
  });
});

describe('orientedSize', () => {
  it.each([5, 6, 7, 8])('turns the stored size for orientation %d', (orientation) => {
    expect(orientedSize({ width: 4032, height: 3024 }, orientation)).toEqual({
      width: 3024,
      height: 4032,
    });
  });

  it.each([1, 2, 3, 4])('keeps the stored size for orientation %d', (orientation) => {
    expect(orientedSize({ width: 4032, height: 3024 }, orientation)).toEqual({
      width: 4032,
      height: 3024,
    });
  });
});
