import type { UploadRef } from '@contract';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { PickedPhoto } from '@/platform/images/photo-file';
import { createPhotoRunner, type PhotoRunner } from './photo-runner';
import type { PhotoSlotServices } from './photo-slot-services';
import { occupiedCount, patchPending, withUploaded, type PendingPhoto } from './slot-state';

type Source = 'camera' | 'album';

// Previews of photos uploaded in this app session, by reference id. Drafts keep references only,
// so a photo restored from a draft shows its facts instead of a picture.
const previews = new Map<string, string>();

/** The preview of an uploaded photo, if it was uploaded in this app session. */
export function previewOf(refId: string): string | null {
  return previews.get(refId) ?? null;
}

// What each photo uploaded in this app session was made from, so it can be turned and sent again.
const sources = new Map<string, PickedPhoto>();

// Photos uploaded in this app session whose pixels make them legible only perhaps.
const borderline = new Set<string>();

/** Whether the parent should zoom in to check an uploaded photo (可能不够清晰). */
export function isMaybeBlurry(refId: string): boolean {
  return borderline.has(refId);
}

export interface SlotOptions {
  value: UploadRef[];
  onChange(refs: UploadRef[]): void;
  maxPhotos: number;
  services: PhotoSlotServices;
}

/**
 * The photo slot's state (FAQ 12): photos on their way, each with its own progress or message;
 * the value changes only when an upload succeeds, and an old photo stays until its replacement
 * is uploaded.
 */
export function usePhotoSlot({ value, onChange, maxPhotos, services }: SlotOptions) {
  const [pending, setPending] = useState<PendingPhoto[]>([]);
  const [ignored, setIgnored] = useState(0);
  const latest = useRef({ value, onChange, pending, services });
  latest.current = { value, onChange, pending, services };

  const forget = useCallback((refId: string) => {
    const old = previews.get(refId);
    if (old) latest.current.services.release({ previewUrl: old });
    previews.delete(refId);
    borderline.delete(refId);
    sources.delete(refId);
  }, []);

  const change = useCallback((next: UploadRef[]) => {
    latest.current.value = next;
    latest.current.onChange(next);
  }, []);

  const runner = useRef<PhotoRunner | null>(null);
  runner.current ??= createPhotoRunner(() => latest.current.services, {
    patch: (key, patch) => setPending((list) => patchPending(list, key, patch)),
    drop: (key) => setPending((list) => list.filter((item) => item.key !== key)),
    commit(ref, photo, replaces, picked) {
      // Forget the replaced photo first: a gateway may answer the same id for the same picture.
      if (replaces) forget(replaces);
      previews.set(ref.id, photo.previewUrl);
      sources.set(ref.id, picked);
      if (photo.maybeBlurry) borderline.add(ref.id);
      change(withUploaded(latest.current.value, ref, replaces));
    },
    isDuplicate: (sha256, replaces) =>
      latest.current.value.some((ref) => ref.sha256 === sha256 && ref.id !== replaces),
  });
  const photos = runner.current;

  const enqueue = useCallback(
    (picked: Parameters<PhotoRunner['enqueue']>[0], replaces: string | null) => {
      const items = photos.enqueue(picked, replaces);
      latest.current.pending = [...latest.current.pending, ...items];
      setPending((list) => [...list, ...items]);
    },
    [photos],
  );

  const add = useCallback(
    async (source: Source) => {
      const free = () => maxPhotos - occupiedCount(latest.current.value, latest.current.pending);
      if (free() <= 0) return;
      const picked = await latest.current.services.pick({ source, count: free() });
      const room = Math.max(0, free());
      setIgnored(Math.max(0, picked.length - room));
      enqueue(picked.slice(0, room), null);
    },
    [enqueue, maxPhotos],
  );

  const replace = useCallback(
    async (refId: string, source: Source) => {
      const [picked] = await latest.current.services.pick({ source, count: 1 });
      if (picked) enqueue([picked], refId);
    },
    [enqueue],
  );

  /**
   * Turns an uploaded photo a quarter turn clockwise (a page shot sideways without an orientation
   * tag): the same file is prepared again with the turn and replaces the upload, so the turned
   * picture is what the gateway keeps.
   */
  const rotate = useCallback(
    (refId: string) => {
      const picked = sources.get(refId);
      if (!picked || !latest.current.services.canTurn) return;
      enqueue([{ ...picked, quarterTurns: ((picked.quarterTurns ?? 0) + 1) % 4 }], refId);
    },
    [enqueue],
  );

  const remove = useCallback(
    (refId: string) => {
      forget(refId);
      change(latest.current.value.filter((ref) => ref.id !== refId));
    },
    [change, forget],
  );

  useEffect(() => () => photos.stopAll(), [photos]);

  return {
    pending,
    ignored,
    add,
    replace,
    rotate,
    canRotate: (refId: string) => services.canTurn && sources.has(refId),
    remove,
    cancel: photos.cancel,
    retry: photos.retry,
  };
}
