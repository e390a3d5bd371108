import type { UploadRef } from '@contract';
import { Button, Text, View } from '@tarojs/components';
import { useState } from 'react';
import { useMessages } from '@/components/use-messages';
import { fill } from '@/messages/fill';
import { PhotoSample, type PhotoSampleKind } from './photo-sample';
import { PhotoTile } from './photo-tile';
import { PhotoViewer, type ViewerPhoto } from './photo-viewer';
import { photoSlotServices, type PhotoSlotServices } from './photo-slot-services';
import { occupiedCount } from './slot-state';
import { isMaybeBlurry, previewOf, usePhotoSlot } from './use-photo-slot';
import './photo-slot.css';
import '@/messages/words/photos';

export interface PhotoSlotProps {
  /** Unique on the page; the tiles' ids start with it. */
  id: string;
  /** The material, e.g. 户口簿; announced with each photo. */
  label: string;
  /** What this material's photos must show, under the label. */
  hint?: string;
  /** A drawn sample of the page to photograph. */
  sample?: PhotoSampleKind;
  /** Photos needed (e.g. each page of a household register); default 1. */
  minPhotos?: number;
  /** Photos allowed; default minPhotos. */
  maxPhotos?: number;
  /** The uploaded photos: gateway references only, never image data. */
  value: UploadRef[];
  onChange(refs: UploadRef[]): void;
  /** View only, e.g. after the registration window has closed. */
  readOnly?: boolean;
  /** Replaced in tests. */
  services?: PhotoSlotServices;
}

/**
 * One required material's photos (FAQ 12): take a photo or choose from the album, see it
 * checked, compressed and uploaded with progress in a three-column grid, then open it full
 * screen to zoom, turn, replace or delete it. A bad file gets its own message and leaves the
 * other photos as they are; the same photo twice is refused.
 */
export function PhotoSlot(props: PhotoSlotProps) {
  const m = useMessages();
  const { id, label, value, readOnly = false } = props;
  const min = props.minPhotos ?? 1;
  const max = Math.max(min, props.maxPhotos ?? min);
  const slot = usePhotoSlot({
    value,
    onChange: props.onChange,
    maxPhotos: max,
    services: props.services ?? photoSlotServices,
  });
  const [open, setOpen] = useState<number | null>(null);
  const replacing = (refId: string) => slot.pending.find((p) => p.replaces === refId) ?? null;
  const added = slot.pending.filter((p) => !p.replaces || !value.some((r) => r.id === p.replaces));
  const canAdd = !readOnly && occupiedCount(value, slot.pending) < max;
  // One counter: towards the photos needed, then towards the most allowed.
  const total = value.length < min ? min : max;
  const tileName = (number: number) => fill(m.photos.photoLabel, { label, number });
  const viewerPhotos: ViewerPhoto[] = value.map((ref, i) => ({
    refId: ref.id,
    name: tileName(i + 1),
    preview: previewOf(ref.id),
    maybeBlurry: isMaybeBlurry(ref.id),
    busy: Boolean(replacing(ref.id)),
    canRotate: slot.canRotate(ref.id),
  }));
  const openIndex = open !== null && open < value.length ? open : null;
  return (
    <View className="photo-slot" id={id} role="group" aria-labelledby={`${id}-label`}>
      <View className="photo-slot__head">
        <Text className="photo-slot__label" id={`${id}-label`}>
          {label}
        </Text>
        <View
          className="photo-slot__count"
          role="status"
          id={`${id}-count`}
          aria-label={fill(m.photos.counterLabel, { count: value.length, total })}
        >
          <Text aria-hidden="true">{fill(m.photos.counter, { count: value.length, total })}</Text>
        </View>
      </View>
      {min < max ? <Text className="hint">{fill(m.photos.countRule, { min, max })}</Text> : null}
      {props.hint ? <Text className="hint">{props.hint}</Text> : null}
      {props.sample && !readOnly ? <PhotoSample id={`${id}-sample`} kind={props.sample} /> : null}
      {value.length + added.length > 0 ? (
        <View className="photo-slot__grid">
          {value.map((ref, i) => (
            <PhotoTile
              key={ref.id}
              id={`${id}-photo-${i + 1}`}
              name={tileName(i + 1)}
              uploaded={ref}
              preview={previewOf(ref.id)}
              maybeBlurry={isMaybeBlurry(ref.id)}
              pending={replacing(ref.id)}
              onOpen={() => setOpen(i)}
              onCancel={() => {
                const item = replacing(ref.id);
                if (item) slot.cancel(item);
              }}
              onRetry={() => {
                const item = replacing(ref.id);
                if (item) slot.retry(item);
              }}
            />
          ))}
          {added.map((item, i) => (
            <PhotoTile
              key={`pending-${item.key}`}
              id={`${id}-new-${item.key}`}
              name={tileName(value.length + i + 1)}
              uploaded={null}
              preview={null}
              maybeBlurry={false}
              pending={item}
              onOpen={null}
              onCancel={() => slot.cancel(item)}
              onRetry={() => slot.retry(item)}
            />
          ))}
        </View>
      ) : null}
      {slot.ignored > 0 ? (
        <Text className="hint" id={`${id}-ignored`}>
          {fill(m.photos.ignoredExtra, { max, count: slot.ignored })}
        </Text>
      ) : null}
      {canAdd ? (
        <View className="photo-slot__actions">
          <Button
            className="button button--primary"
            id={`${id}-camera`}
            onClick={() => void slot.add('camera')}
          >
            {m.photos.takePhoto}
          </Button>
          <Button className="button" id={`${id}-album`} onClick={() => void slot.add('album')}>
            {m.photos.chooseFromAlbum}
          </Button>
        </View>
      ) : !readOnly ? (
        <Text className="hint">{fill(m.photos.limitReached, { max })}</Text>
      ) : null}
      {openIndex !== null ? (
        <PhotoViewer
          id={`${id}-viewer`}
          photos={viewerPhotos}
          index={openIndex}
          onIndex={setOpen}
          onClose={() => setOpen(null)}
          onRotate={readOnly ? null : slot.rotate}
          onReplace={readOnly ? null : (refId) => void slot.replace(refId, 'album')}
          onRemove={
            readOnly
              ? null
              : (refId) => {
                  slot.remove(refId);
                  if (value.length <= 1) setOpen(null);
                  else setOpen(Math.min(openIndex, value.length - 2));
                }
          }
        />
      ) : null}
    </View>
  );
}
