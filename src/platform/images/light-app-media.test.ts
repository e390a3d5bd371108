import { readBlobBytes } from './blob-bytes.h5';
import {
  chooseWithLightApp,
  fetchPictures,
  findLightAppMedia,
  picPathsOf,
  type LightAppMedia,
} from './light-app-media';

const BASE = 'https://app.example/h5/index.html';
const JPEG_HEAD = [0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10];
const PIC_1 = 'https://host.example/pictures/1.jpg';
const PIC_2 = 'https://host.example/pictures/2.jpg';

type ChooseOptions = Parameters<LightAppMedia['chooseImage']>[0];

function bridge(answer: (options: ChooseOptions) => void) {
  const chooseImage = jest.fn(answer);
  return { media: { chooseImage } as LightAppMedia, chooseImage };
}

/** A fetch that serves the given pictures, and 404 for anything else. */
function servePictures(pictures: Record<string, number[]>) {
  return jest.fn((input: RequestInfo | URL) => {
    const body = pictures[String(input)];
    return Promise.resolve(
      body
        ? new Response(new Uint8Array(body), { headers: { 'content-type': 'image/jpeg' } })
        : new Response('not found', { status: 404 }),
    );
  }) as jest.Mock & typeof fetch;
}

async function bytesOf(file: File): Promise<number[]> {
  return Array.from(await readBlobBytes(file, 0, file.size));
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

describe('picPathsOf', () => {
  it.each([
    ['an object with picPath', { picPath: [PIC_1, PIC_2] }],
    ['an object whose data.picPath is the list', { data: { picPath: [PIC_1, PIC_2] } }],
    ['a JSON string', JSON.stringify({ picPath: [PIC_1, PIC_2] })],
    ['data as a JSON string', { data: JSON.stringify({ picPath: [PIC_1, PIC_2] }) }],
  ])('reads the picture URLs of %s', (_label, answer) => {
    expect(picPathsOf(answer, BASE)).toEqual([PIC_1, PIC_2]);
  });

  it('resolves relative URLs against the page', () => {
    expect(picPathsOf({ picPath: ['/tmp/a.jpg'] }, BASE)).toEqual([
      'https://app.example/tmp/a.jpg',
    ]);
  });

  it('accepts blob and data URLs of images', () => {
    const urls = ['blob:https://app.example/1', 'data:image/jpeg;base64,/9j/4AAQ'];
    expect(picPathsOf({ picPath: urls }, BASE)).toEqual(urls);
  });

  it('answers an empty list when nothing was chosen', () => {
    expect(picPathsOf({ picPath: [] }, BASE)).toEqual([]);
  });

  it.each([
    ['null', null],
    ['a string that is not JSON', 'ok'],
    ['an object without picPath', { localIds: ['wxLocalResource://1'] }],
    ['picPath that is a string', { picPath: PIC_1 }],
    ['a picPath entry that is not a string', { picPath: [PIC_1, 7] }],
    ['an empty picPath entry', { picPath: [''] }],
    ['a javascript: URL', { picPath: ['javascript:alert(1)'] }],
    ['a data URL that is not an image', { picPath: ['data:text/html,<b>x</b>'] }],
    ['a file: URL the page cannot fetch', { picPath: ['file:///sdcard/1.jpg'] }],
    ['far too many pictures', { picPath: Array.from({ length: 21 }, () => PIC_1) }],
  ])('answers null for %s', (_label, answer) => {
    expect(picPathsOf(answer, BASE)).toBeNull();
  });
});

describe('fetchPictures', () => {
  it('reads each picture’s bytes into a file in order', async () => {
    const fetchImpl = servePictures({ [PIC_1]: JPEG_HEAD, [PIC_2]: [0x89, 0x50] });
    const files = await fetchPictures([PIC_1, PIC_2], fetchImpl);
    expect(files?.map((file) => file.name)).toEqual(['photo-1', 'photo-2']);
    expect(files?.[0]?.type).toBe('image/jpeg');
    expect(await bytesOf(files![0]!)).toEqual(JPEG_HEAD);
    expect(await bytesOf(files![1]!)).toEqual([0x89, 0x50]);
  });

  it('answers null when a picture cannot be fetched', async () => {
    await expect(
      fetchPictures([PIC_1, PIC_2], servePictures({ [PIC_1]: JPEG_HEAD })),
    ).resolves.toBeNull();
    const offline = jest.fn(() => Promise.reject(new TypeError('Failed to fetch')));
    await expect(fetchPictures([PIC_1], offline as typeof fetch)).resolves.toBeNull();
  });
});

describe('chooseWithLightApp', () => {
  it('asks the host for links to up to the count of pictures', async () => {
    const { media, chooseImage } = bridge((o) => o.success({ picPath: [] }));
    await chooseWithLightApp(media, { count: 3, baseUrl: BASE }, servePictures({}));
    expect(chooseImage).toHaveBeenCalledWith(
      expect.objectContaining({ type: '0', count: '3', arg: expect.any(String) }),
    );
  });

  it('fetches the pictures the host answers as a JSON string', async () => {
    const { media } = bridge((o) => o.success(JSON.stringify({ picPath: [PIC_1] })));
    const files = await chooseWithLightApp(
      media,
      { count: 1, baseUrl: BASE },
      servePictures({ [PIC_1]: JPEG_HEAD }),
    );
    expect(files).toHaveLength(1);
    expect(await bytesOf(files![0]!)).toEqual(JPEG_HEAD);
  });

  it('answers no files when the parent cancels', async () => {
    const { media } = bridge((o) => o.fail({ errMsg: 'chooseImage:fail cancel' }));
    await expect(chooseWithLightApp(media, { count: 1, baseUrl: BASE })).resolves.toEqual([]);
  });

  it('answers null when the host fails, throws or answers an unknown shape', async () => {
    const failing = bridge((o) => o.fail('no permission')).media;
    const throwing = bridge(() => {
      throw new Error('not supported');
    }).media;
    const odd = bridge((o) => o.success({ images: ['/9j/4AAQ'] })).media;
    for (const media of [failing, throwing, odd]) {
      await expect(chooseWithLightApp(media, { count: 1, baseUrl: BASE })).resolves.toBeNull();
    }
  });

  it('keeps the first answer of a host that answers twice', async () => {
    const { media } = bridge((o) => {
      o.success({ picPath: [PIC_1] });
      o.success({ picPath: [PIC_1, PIC_2] });
    });
    const fetchImpl = servePictures({ [PIC_1]: JPEG_HEAD, [PIC_2]: JPEG_HEAD });
    await expect(
      chooseWithLightApp(media, { count: 2, baseUrl: BASE }, fetchImpl),
    ).resolves.toHaveLength(1);
  });

  it('ends the tap with no files when the host’s picker never answers', async () => {
    jest.useFakeTimers();
    const { media } = bridge(() => undefined);
    const pending = chooseWithLightApp(media, { count: 1, baseUrl: BASE });
    await jest.advanceTimersByTimeAsync(180_000);
    await expect(pending).resolves.toEqual([]);
    jest.useRealTimers();
  });
});
