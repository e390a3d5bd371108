import { readBlobBytes } from './blob-bytes.h5';
import {
  chooseWithLightApp,
  filesFromBridge,
  findLightAppMedia,
  type LightAppMedia,
} from './light-app-media';

const JPEG_START = '/9j/4AAQ'; // base64 of FF D8 FF E0 00 10

async function bytesOf(file: File): Promise<number[]> {
  return Array.from(await readBlobBytes(file, 0, file.size));
}

function bridge(answer: (options: Parameters<LightAppMedia['chooseImage']>[0]) => void) {
  const chooseImage = jest.fn(answer);
  return { media: { chooseImage } as LightAppMedia, chooseImage };
}

describe('findLightAppMedia', () => {
  it('finds a host bridge with a media picker', () => {
    const media = { chooseImage: () => undefined };
    expect(findLightAppMedia({ lightAppJssdk: { media } })).toBe(media);
  });

  it('answers null without a bridge, or a bridge without a picker', () => {
    expect(findLightAppMedia({})).toBeNull();
    expect(findLightAppMedia({ lightAppJssdk: { user: {} } })).toBeNull();
    expect(findLightAppMedia({ lightAppJssdk: { media: { chooseImage: 'no' } } })).toBeNull();
  });
});

describe('filesFromBridge', () => {
  it('turns data URLs into files with their declared type', async () => {
    const [file] = filesFromBridge({ images: [`data:image/jpeg;base64,${JPEG_START}`] }) ?? [];
    expect(file?.type).toBe('image/jpeg');
    expect(await bytesOf(file as File)).toEqual([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10]);
  });

  it('accepts bare base64 in tempFiles, leaving the type to the bytes', async () => {
    const files = filesFromBridge({ tempFiles: [{ base64: JPEG_START }, { base64: JPEG_START }] });
    expect(files).toHaveLength(2);
    expect(files?.[0]?.type).toBe('');
  });

  it('answers null for anything it does not recognise, so the file chooser is used instead', () => {
    expect(filesFromBridge({ localIds: ['wxLocalResource://1'] })).toBeNull();
    expect(filesFromBridge({ images: [] })).toBeNull();
    expect(filesFromBridge({ images: ['data:image/jpeg,not-base64'] })).toBeNull();
    expect(filesFromBridge({ images: ['%%%'] })).toBeNull();
    expect(filesFromBridge(null)).toBeNull();
  });
});

describe('chooseWithLightApp', () => {
  it('asks the host for originals from the camera or album', async () => {
    const { media, chooseImage } = bridge((o) => o.success({ images: [JPEG_START] }));
    await chooseWithLightApp(media, { camera: true, count: 3 });
    expect(chooseImage).toHaveBeenCalledWith(
      expect.objectContaining({ count: 3, sourceType: ['camera'], sizeType: ['original'] }),
    );
  });

  it('answers no files when the parent cancels', async () => {
    const { media } = bridge((o) => o.fail({ errMsg: 'chooseImage:fail cancel' }));
    await expect(chooseWithLightApp(media, { camera: false, count: 1 })).resolves.toEqual([]);
  });

  it('answers null when the host fails or throws, so the file chooser is used instead', async () => {
    const failing = bridge((o) => o.fail('no permission')).media;
    const throwing = bridge(() => {
      throw new Error('not supported');
    }).media;
    await expect(chooseWithLightApp(failing, { camera: false, count: 1 })).resolves.toBeNull();
    await expect(chooseWithLightApp(throwing, { camera: false, count: 1 })).resolves.toBeNull();
  });
});
