import type { UploadRef } from '@contract';
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { useState } from 'react';
import { GatewayError } from '@/api/gateway-error';
import { UploadCancelled } from '@/api/upload-api';
import type { PickedPhoto, PreparedPhoto, PrepareResult } from '@/platform/images/photo-file';
import { currentMessages } from '@/messages/catalog';
import { describePhotoFailure } from './describe-photo-failure';
import { PhotoSlot, type PhotoSlotProps } from './photo-slot';
import type { PhotoSlotServices } from './photo-slot-services';

const m = currentMessages();

function picked(name: string): PickedPhoto {
  return {
    file: { kind: 'blob', blob: new Blob([name]) },
    name,
    declaredType: 'image/jpeg',
    byteLength: 9,
  };
}

function prepared(name: string): PreparedPhoto {
  return {
    file: { kind: 'blob', blob: new Blob([name]) },
    mimeType: 'image/jpeg',
    bytes: 800_000,
    width: 2339,
    height: 1754,
    sha256: digestOf(name),
    previewUrl: `blob:${name}`,
  };
}

/** A stand-in digest per photo name: the same name is the same picture. */
const digestOf = (name: string) => Array.from(name, (c) => c.charCodeAt(0).toString(16)).join('');

function refFor(name: string): UploadRef {
  return {
    id: `up-${name}`,
    bytes: 800_000,
    width: 2339,
    height: 1754,
    sha256: digestOf(name),
    mimeType: 'image/jpeg',
  };
}

/** Services whose picks, checks and uploads the test scripts by photo name. */
function fakeServices(outcomes: Record<string, PrepareResult | 'bad'> = {}) {
  const picks: PickedPhoto[][] = [];
  const uploads: { name: string; progress(f: number): void; finish(error?: unknown): void }[] = [];
  const released: string[] = [];
  const preparedPhotos: PickedPhoto[] = [];
  const services: PhotoSlotServices = {
    pick: jest.fn(async () => picks.shift() ?? []),
    prepare: (photo) => {
      preparedPhotos.push(photo);
      const outcome = outcomes[photo.name];
      const result: PrepareResult =
        outcome === 'bad'
          ? { ok: false, problem: 'thumbnail' }
          : (outcome ?? { ok: true, photo: prepared(photo.name) });
      return { result: Promise.resolve(result), cancel: () => undefined };
    },
    upload: (photo, onProgress) => {
      const name = photo.previewUrl.slice(5);
      let settle: (error?: unknown) => void = () => undefined;
      const result = new Promise<UploadRef>((resolve, reject) => {
        settle = (error) => (error ? reject(error) : resolve(refFor(name)));
      });
      uploads.push({ name, progress: onProgress, finish: (error) => settle(error) });
      return { result, cancel: () => settle(new UploadCancelled()) };
    },
    release: (photo) => released.push(photo.previewUrl),
    canTurn: true,
  };
  return { services, picks, uploads, released, prepared: preparedPhotos };
}

function Harness(
  props: Omit<PhotoSlotProps, 'value' | 'onChange'> & {
    onValue(refs: UploadRef[]): void;
    initial?: UploadRef[];
  },
) {
  const [value, setValue] = useState<UploadRef[]>(props.initial ?? []);
  return (
    <PhotoSlot
      {...props}
      value={value}
      onChange={(refs) => {
        setValue(refs);
        props.onValue(refs);
      }}
    />
  );
}

const flush = () =>
  act(async () => {
    await new Promise((resolve) => setTimeout(resolve, 0));
  });

function setUp(
  options: Partial<PhotoSlotProps> & {
    outcomes?: Record<string, PrepareResult | 'bad'>;
    initial?: UploadRef[];
  } = {},
) {
  const fake = fakeServices(options.outcomes);
  const onValue = jest.fn();
  render(
    <Harness
      id="hukou"
      label="户口簿"
      minPhotos={options.minPhotos ?? 1}
      maxPhotos={options.maxPhotos ?? 3}
      services={fake.services}
      onValue={onValue}
      initial={options.initial}
      readOnly={options.readOnly}
    />,
  );
  return { ...fake, onValue };
}

/** Opens the full-screen preview of the n-th photo and answers it. */
function openPhoto(n: number) {
  const tile = screen.getByRole('group', { name: `户口簿，第 ${n} 张` });
  fireEvent.click(within(tile).getByRole('button', { name: `户口簿，第 ${n} 张，点开查看大图` }));
  return screen.getByRole('dialog', { name: `户口簿，第 ${n} 张` });
}

async function chooseFromAlbum(fake: ReturnType<typeof fakeServices>, ...names: string[]) {
  fake.picks.push(names.map(picked));
  fireEvent.click(screen.getByRole('button', { name: m.photos.chooseFromAlbum }));
  await flush();
}

describe('PhotoSlot', () => {
  it('uploads chosen photos one at a time with progress, then shows their thumbnails without pixel or size detail', async () => {
    const fake = setUp();
    await chooseFromAlbum(fake, 'page-1', 'page-2');
    expect(fake.uploads.map((u) => u.name)).toEqual(['page-1']);
    act(() => fake.uploads[0]?.progress(0.4));
    expect(screen.getByRole('progressbar').getAttribute('aria-valuenow')).toBe('40');
    fake.uploads[0]?.finish();
    await flush();
    expect(fake.onValue).toHaveBeenLastCalledWith([refFor('page-1')]);
    expect(fake.uploads.map((u) => u.name)).toEqual(['page-1', 'page-2']);
    fake.uploads[1]?.finish();
    await flush();
    expect(fake.onValue).toHaveBeenLastCalledWith([refFor('page-1'), refFor('page-2')]);
    const first = screen.getByRole('group', { name: '户口簿，第 1 张' });
    expect(first.querySelector('img')?.getAttribute('src')).toBe('blob:page-1');
    expect(document.body.textContent).not.toMatch(/像素|MB|2339/);
  });

  it('opens a photo full screen with one counter and steps to the next', async () => {
    const fake = setUp({ minPhotos: 2, maxPhotos: 2 });
    await chooseFromAlbum(fake, 'page-1', 'page-2');
    fake.uploads[0]?.finish();
    await flush();
    fake.uploads[1]?.finish();
    await flush();
    expect(screen.getByRole('status', { name: '已上传 2 张，共需 2 张' })).toBeTruthy();
    const viewer = openPhoto(1);
    expect(within(viewer).getByText('1/2')).toBeTruthy();
    expect(viewer.querySelector('img')?.getAttribute('src')).toBe('blob:page-1');
    fireEvent.click(within(viewer).getByRole('button', { name: m.photos.next }));
    const second = screen.getByRole('dialog', { name: '户口簿，第 2 张' });
    expect(within(second).getByText('2/2')).toBeTruthy();
    fireEvent.click(within(second).getByRole('button', { name: m.photos.close }));
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('zooms the preview with the buttons and resets the zoom on the next photo', async () => {
    const fake = setUp();
    await chooseFromAlbum(fake, 'page-1', 'page-2');
    fake.uploads[0]?.finish();
    await flush();
    fake.uploads[1]?.finish();
    await flush();
    const viewer = openPhoto(1);
    const stage = () => document.getElementById('hukou-viewer-stage');
    fireEvent.click(within(viewer).getByRole('button', { name: m.photos.zoomIn }));
    expect(stage()?.getAttribute('data-scale')).toBe('1.5');
    fireEvent.click(within(viewer).getByRole('button', { name: m.photos.next }));
    expect(stage()?.getAttribute('data-scale')).toBe('1');
  });

  it('refuses the same photo twice with its own message and uploads nothing', async () => {
    const fake = setUp({ initial: [refFor('page-1')] });
    await chooseFromAlbum(fake, 'page-1');
    expect(fake.uploads).toEqual([]);
    const alert = screen.getByRole('alert');
    expect(within(alert).getByText(m.photos.duplicate.title)).toBeTruthy();
    expect(fake.released).toEqual(['blob:page-1']);
    fireEvent.click(within(alert).getByRole('button', { name: m.photos.dismiss }));
    expect(screen.queryByRole('alert')).toBeNull();
    expect(fake.onValue).not.toHaveBeenCalled();
  });

  it('lets a photo replace itself with a turned copy without calling it a duplicate', async () => {
    const fake = setUp();
    await chooseFromAlbum(fake, 'page');
    fake.uploads[0]?.finish();
    await flush();
    fake.picks.push([picked('page')]);
    fireEvent.click(within(openPhoto(1)).getByRole('button', { name: m.photos.replace }));
    await flush();
    expect(screen.queryByRole('alert')).toBeNull();
    expect(fake.uploads).toHaveLength(2);
  });

  it('gives a bad photo its own message and leaves the good one untouched', async () => {
    const fake = setUp({ outcomes: { thumb: 'bad' } });
    await chooseFromAlbum(fake, 'good', 'thumb');
    fake.uploads[0]?.finish();
    await flush();
    const alert = screen.getByRole('alert');
    expect(within(alert).getByText(m.photos.problems.thumbnail.title)).toBeTruthy();
    expect(fake.onValue).toHaveBeenLastCalledWith([refFor('good')]);
    fireEvent.click(within(alert).getByRole('button', { name: m.photos.dismiss }));
    expect(screen.queryByRole('alert')).toBeNull();
    expect(
      screen.getByRole('group', { name: '户口簿，第 1 张' }).getAttribute('data-upload-id'),
    ).toBe('up-good');
  });

  it('blames the network, not the photo, when the photo tools could not be fetched', async () => {
    const fake = setUp({ outcomes: { good: { ok: false, problem: 'offline' } } });
    await chooseFromAlbum(fake, 'good');
    const alert = screen.getByRole('alert');
    const expected = describePhotoFailure(m, {
      kind: 'upload',
      code: 'NETWORK',
      retryAfterMs: null,
      retryable: false,
    });
    expect(within(alert).getByText(expected.title)).toBeTruthy();
    expect(within(alert).queryByRole('button', { name: m.photos.retry })).toBeNull();
    expect(fake.uploads).toEqual([]);
    expect(fake.onValue).not.toHaveBeenCalled();
  });

  it('shows a borderline photo with the preview and asks the parent to zoom in and check', async () => {
    const scan = { ...prepared('scan'), width: 1400, height: 990, maybeBlurry: true };
    const fake = setUp({ outcomes: { scan: { ok: true, photo: scan } } });
    await chooseFromAlbum(fake, 'scan', 'sharp');
    fake.uploads[0]?.finish();
    await flush();
    fake.uploads[1]?.finish();
    await flush();
    const first = screen.getByRole('group', { name: '户口簿，第 1 张' });
    expect(first.querySelector('img')?.getAttribute('src')).toBe('blob:scan');
    expect(within(first).getByRole('note').textContent).toContain('可能不够清晰，请放大检查');
    const second = screen.getByRole('group', { name: '户口簿，第 2 张' });
    expect(within(second).queryByRole('note')).toBeNull();
    expect(within(openPhoto(1)).getByRole('note').textContent).toContain(
      m.photos.maybeBlurryDetail,
    );
  });

  it('turns an uploaded photo a quarter turn at a time and sends the turned photo in its place', async () => {
    const fake = setUp();
    await chooseFromAlbum(fake, 'sideways');
    fake.uploads[0]?.finish();
    await flush();
    fireEvent.click(within(openPhoto(1)).getByRole('button', { name: m.photos.rotate }));
    await flush();
    expect(fake.prepared.map((p) => p.quarterTurns ?? 0)).toEqual([0, 1]);
    fake.uploads[1]?.finish();
    await flush();
    expect(fake.onValue).toHaveBeenLastCalledWith([refFor('sideways')]);
    const viewer = screen.getByRole('dialog', { name: '户口簿，第 1 张' });
    fireEvent.click(within(viewer).getByRole('button', { name: m.photos.rotate }));
    await flush();
    expect(fake.prepared.map((p) => p.quarterTurns ?? 0)).toEqual([0, 1, 2]);
    expect(fake.prepared[2]?.file).toBe(fake.prepared[0]?.file);
  });

  it('offers no turning where the platform cannot turn a photo', async () => {
    const fake = setUp();
    fake.services.canTurn = false;
    await chooseFromAlbum(fake, 'page');
    fake.uploads[0]?.finish();
    await flush();
    expect(within(openPhoto(1)).queryByRole('button', { name: m.photos.rotate })).toBeNull();
  });

  it('offers retry after a network failure and sends the same photo again', async () => {
    const fake = setUp();
    await chooseFromAlbum(fake, 'page-1');
    fake.uploads[0]?.finish(new GatewayError('NETWORK', null));
    await flush();
    expect(within(screen.getByRole('alert')).getByText(m.errors.NETWORK.title)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: m.photos.retry }));
    await flush();
    fake.uploads[1]?.finish();
    await flush();
    expect(fake.uploads.map((u) => u.name)).toEqual(['page-1', 'page-1']);
    expect(fake.onValue).toHaveBeenLastCalledWith([refFor('page-1')]);
  });

  it('offers no retry when the gateway refuses the photo itself', async () => {
    const fake = setUp();
    await chooseFromAlbum(fake, 'page-1');
    fake.uploads[0]?.finish(new GatewayError('UPLOAD_NOT_IMAGE', 415));
    await flush();
    expect(
      within(screen.getByRole('alert')).getByText(m.errors.UPLOAD_NOT_IMAGE.title),
    ).toBeTruthy();
    expect(screen.queryByRole('button', { name: m.photos.retry })).toBeNull();
  });

  it('cancels an upload: nothing is added and the compressed photo is freed', async () => {
    const fake = setUp();
    await chooseFromAlbum(fake, 'page-1');
    fireEvent.click(screen.getByRole('button', { name: m.photos.cancel }));
    await flush();
    expect(fake.onValue).not.toHaveBeenCalled();
    expect(screen.queryByRole('progressbar')).toBeNull();
    expect(fake.released).toEqual(['blob:page-1']);
  });

  it('keeps the old photo until its replacement is uploaded, then swaps it in place', async () => {
    const fake = setUp({ initial: [refFor('old'), refFor('other')] });
    fake.picks.push([picked('new')]);
    fireEvent.click(within(openPhoto(1)).getByRole('button', { name: m.photos.replace }));
    await flush();
    expect(screen.getByText(m.photos.replacing)).toBeTruthy();
    fake.uploads[0]?.finish();
    await flush();
    expect(fake.onValue).toHaveBeenLastCalledWith([refFor('new'), refFor('other')]);
  });

  it('deletes a photo from the value', async () => {
    const fake = setUp({ initial: [refFor('a'), refFor('b')] });
    fireEvent.click(within(openPhoto(1)).getByRole('button', { name: m.photos.remove }));
    expect(fake.onValue).toHaveBeenLastCalledWith([refFor('b')]);
    expect(within(screen.getByRole('dialog')).getByText('1/1')).toBeTruthy();
  });

  it('asks only for the photos still allowed, says so when more were chosen, and stops at the maximum', async () => {
    const fake = setUp({ initial: [refFor('a')], maxPhotos: 2 });
    await chooseFromAlbum(fake, 'b', 'c');
    expect(fake.services.pick).toHaveBeenCalledWith({ source: 'album', count: 1 });
    expect(screen.getByText('最多只能上传 2 张，多选的 1 张未添加。')).toBeTruthy();
    expect(screen.queryByRole('button', { name: m.photos.chooseFromAlbum })).toBeNull();
  });

  it('counts once: towards the photos needed, then towards the most allowed', () => {
    setUp({ minPhotos: 2, maxPhotos: 4, initial: [refFor('a')] });
    expect(screen.getByRole('status', { name: '已上传 1 张，共需 2 张' }).textContent).toBe('1/2');
    expect(screen.queryByText(/还需上传/)).toBeNull();
  });

  it('shows uploaded photos to open but without any action when read-only', () => {
    setUp({ readOnly: true, initial: [refFor('a')] });
    expect(screen.getAllByRole('button').map((b) => b.textContent)).toEqual([m.photos.uploaded]);
    const viewer = openPhoto(1);
    expect(within(viewer).queryByRole('button', { name: m.photos.remove })).toBeNull();
    expect(within(viewer).queryByRole('button', { name: m.photos.rotate })).toBeNull();
  });
});
