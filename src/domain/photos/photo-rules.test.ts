import {
  checkDimensions,
  checkFileSize,
  undecodableProblem,
  unknownFormatProblem,
} from './photo-rules';

describe('checkFileSize', () => {
  it('calls a file of 0 bytes empty', () => {
    expect(checkFileSize(0)).toBe('empty');
  });

  it('refuses a file over 50 MB before reading it into memory', () => {
    expect(checkFileSize(50 * 1024 * 1024 + 1)).toBe('source-too-big');
    expect(checkFileSize(50 * 1024 * 1024)).toBeNull();
  });

  it('accepts a phone photo larger than the 5 MB upload limit, since it will be compressed', () => {
    expect(checkFileSize(12 * 1024 * 1024)).toBeNull();
  });
});

describe('unknownFormatProblem', () => {
  it('calls a file that claims to be an image but has no image header corrupt', () => {
    expect(unknownFormatProblem('image/jpeg')).toBe('corrupt');
  });

  it('calls anything else not an image', () => {
    expect(unknownFormatProblem('text/plain')).toBe('not-image');
    expect(unknownFormatProblem('')).toBe('not-image');
  });
});

describe('checkDimensions', () => {
  it('accepts a 12 MP phone photo either way up', () => {
    expect(checkDimensions({ width: 4032, height: 3024 })).toBeNull();
    expect(checkDimensions({ width: 3024, height: 4032 })).toBeNull();
  });

  it('leaves small pictures to the legibility rule', () => {
    expect(checkDimensions({ width: 1280, height: 960 })).toBeNull();
    expect(checkDimensions({ width: 1, height: 1 })).toBeNull();
  });

  it('refuses more than 100 megapixels, which would exhaust memory', () => {
    expect(checkDimensions({ width: 12000, height: 9000 })).toBe('absurd-dimensions');
    expect(checkDimensions({ width: 10000, height: 10000 })).toBeNull();
  });

  it('refuses a strip longer than 10:1, which no document photo is', () => {
    expect(checkDimensions({ width: 10001, height: 1000 })).toBe('absurd-dimensions');
    expect(checkDimensions({ width: 10000, height: 1000 })).toBeNull();
  });

  it('checks absurd dimensions before the thumbnail rule', () => {
    expect(checkDimensions({ width: 60000, height: 500 })).toBe('absurd-dimensions');
  });

  it('calls a zero size corrupt', () => {
    expect(checkDimensions({ width: 0, height: 100 })).toBe('corrupt');
  });
});

describe('undecodableProblem', () => {
  it('gives HEIC its own problem, so the parent learns how to take a JPEG', () => {
    expect(undecodableProblem('heic')).toBe('heic-unsupported');
  });

  it('calls other formats this device cannot open unsupported', () => {
    expect(undecodableProblem('avif')).toBe('type-unsupported');
    expect(undecodableProblem('tiff')).toBe('type-unsupported');
  });

  it('calls a JPEG or PNG that fails to decode corrupt', () => {
    expect(undecodableProblem('jpeg')).toBe('corrupt');
    expect(undecodableProblem('png')).toBe('corrupt');
  });
});
