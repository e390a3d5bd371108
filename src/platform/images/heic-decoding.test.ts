import { fakeIsoImage, fakeJpeg } from '@/domain/photos/test-headers';
import { decodeHeicWhereNeeded, type HeicDecoding } from './heic-decoding';

const DECODED = 'the decoded JPEG';

function decoding(
  file: Uint8Array,
  options: { browserDecodes?: boolean; decode?: () => Promise<string | null> } = {},
) {
  const decode = jest.fn(options.decode ?? (() => Promise.resolve(DECODED)));
  const browserDecodes = jest.fn(() => Promise.resolve(options.browserDecodes ?? false));
  const readHead = jest.fn((length: number) => Promise.resolve(file.subarray(0, length)));
  const subject: HeicDecoding<string> = { readHead, browserDecodes, decode };
  return { subject, decode, browserDecodes };
}

describe('decoding a HEIC photo only where the webview cannot', () => {
  it('decodes a HEIC file the webview cannot decode', async () => {
    const { subject, decode } = decoding(fakeIsoImage('heic'));
    await expect(decodeHeicWhereNeeded(subject)).resolves.toBe(DECODED);
    expect(decode).toHaveBeenCalledTimes(1);
  });

  it('decodes HEIF files of the other HEIF brands too', async () => {
    const { subject } = decoding(fakeIsoImage('mif1'));
    await expect(decodeHeicWhereNeeded(subject)).resolves.toBe(DECODED);
  });

  it('never loads the decoder for a JPEG', async () => {
    const { subject, decode, browserDecodes } = decoding(fakeJpeg(4032, 3024));
    await expect(decodeHeicWhereNeeded(subject)).resolves.toBeNull();
    expect(browserDecodes).not.toHaveBeenCalled();
    expect(decode).not.toHaveBeenCalled();
  });

  it('never loads the decoder for an AVIF file', async () => {
    const { subject, decode } = decoding(fakeIsoImage('avif'));
    await expect(decodeHeicWhereNeeded(subject)).resolves.toBeNull();
    expect(decode).not.toHaveBeenCalled();
  });

  it('leaves a HEIC file to a webview that decodes it itself', async () => {
    const { subject, decode } = decoding(fakeIsoImage('heic'), { browserDecodes: true });
    await expect(decodeHeicWhereNeeded(subject)).resolves.toBeNull();
    expect(decode).not.toHaveBeenCalled();
  });

  it('keeps the file as it came when the decoder fails to load', async () => {
    const { subject } = decoding(fakeIsoImage('heic'), {
      decode: () => Promise.reject(new Error('Loading chunk heic-decoder failed')),
    });
    await expect(decodeHeicWhereNeeded(subject)).resolves.toBeNull();
  });

  it('keeps the file as it came when the decoder cannot decode it', async () => {
    const { subject } = decoding(fakeIsoImage('heic'), { decode: () => Promise.resolve(null) });
    await expect(decodeHeicWhereNeeded(subject)).resolves.toBeNull();
  });
});
