import type { UploadRef } from '@contract';
import { Button, Text, View } from '@tarojs/components';
import { useMessages } from '@/components/use-messages';
import { fill } from '@/messages/fill';
import { PhotoTile } from './photo-tile';
import { photoSlotServices, type PhotoSlotServices } from './photo-slot-services';
import { occupiedCount } from './slot-state';
import { isMaybeBlurry, previewOf, usePhotoSlot } from './use-photo-slot';
import './photo-slot.css';

export interface PhotoSlotProps {
  /** Unique on the page; the tiles' ids start with it. */
  id: string;
  /** The material, e.g. 户口簿; announced with each photo. */
  label: string;
  /** What this material's photos must show, under the label. */
  hint?: string;
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
 * checked, compressed and uploaded with progress, then preview, replace or delete it. A bad
 * file gets its own message and leaves the other photos as they are.
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
  const replacing = (refId: string) => slot.pending.find((p) => p.replaces === refId) ?? null;
  const added = slot.pending.filter((p) => !p.replaces || !value.some((r) => r.id === p.replaces));
  const canAdd = !readOnly && occupiedCount(value, slot.pending) < max;
  const missing = Math.max(0, min - value.length);
  const tileName = (number: number) => fill(m.photos.photoLabel, { label, number });
  return (
    <View className="photo-slot" id={id} role="group" aria-labelledby={`${id}-label`}>
      <Text className="photo-slot__label" id={`${id}-label`}>
        {label}
      </Text>
      <Text className="hint">
        {max === 1 ? m.photos.countRuleOne : fill(m.photos.countRule, { min, max })}
      </Text>
      {props.hint ? <Text className="hint">{props.hint}</Text> : null}
      <View className="photo-slot__tiles">
        {value.map((ref, i) => (
          <PhotoTile
            key={ref.id}
            id={`${id}-photo-${i + 1}`}
            name={tileName(i + 1)}
            uploaded={ref}
            preview={previewOf(ref.id)}
            maybeBlurry={isMaybeBlurry(ref.id)}
            pending={replacing(ref.id)}
            readOnly={readOnly}
            onRotate={slot.canRotate(ref.id) ? () => slot.rotate(ref.id) : null}
            onReplace={() => void slot.replace(ref.id, 'album')}
            onRemove={() => slot.remove(ref.id)}
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
            readOnly={readOnly}
            onRotate={null}
            onReplace={() => undefined}
            onRemove={() => undefined}
            onCancel={() => slot.cancel(item)}
            onRetry={() => slot.retry(item)}
          />
        ))}
      </View>
      <View className="photo-slot__count" role="status" id={`${id}-count`}>
        <Text>
          {missing > 0
            ? fill(m.photos.needMore, { count: missing })
            : fill(m.photos.complete, { count: value.length })}
        </Text>
      </View>
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
    </View>
  );
}
