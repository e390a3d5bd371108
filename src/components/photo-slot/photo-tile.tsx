import type { UploadRef } from '@contract';
import { Button, Image, Text, View } from '@tarojs/components';
import { fill } from '@/messages/fill';
import { useMessages } from '@/components/use-messages';
import { describePhotoFailure } from './describe-photo-failure';
import { canRetry, type PendingPhoto } from './slot-state';
import '@/messages/words/photos';

export interface PhotoTileProps {
  id: string;
  /** "户口簿，第 2 张": what a screen reader announces for the tile. */
  name: string;
  uploaded: UploadRef | null;
  preview: string | null;
  /** Legible only perhaps: the parent is asked to open the preview and zoom in. */
  maybeBlurry: boolean;
  /** Work on this tile: a new photo on its way, or the replacement of `uploaded`. */
  pending: PendingPhoto | null;
  /** Opens the full-screen preview of an uploaded photo. */
  onOpen: (() => void) | null;
  onCancel(): void;
  onRetry(): void;
}

function Problem({ id, item, onCancel, onRetry }: PhotoTileProps & { item: PendingPhoto }) {
  const m = useMessages();
  if (!item.failure) return null;
  const { title, action } = describePhotoFailure(m, item.failure);
  const failure = item.failure;
  return (
    <View
      className="photo-tile__problem"
      role="alert"
      id={`${id}-problem`}
      data-failure={
        failure.kind === 'photo'
          ? failure.problem
          : failure.kind === 'upload'
            ? failure.code
            : failure.kind
      }
    >
      <Text className="photo-tile__problem-title">{title}</Text>
      <Text className="photo-tile__problem-action">{action}</Text>
      <View className="photo-tile__actions">
        {canRetry(item) ? (
          <Button className="button button--primary" id={`${id}-retry`} onClick={onRetry}>
            {m.photos.retry}
          </Button>
        ) : null}
        <Button className="button" id={`${id}-dismiss`} onClick={onCancel}>
          {m.photos.dismiss}
        </Button>
      </View>
    </View>
  );
}

function Work({ id, item, onCancel }: PhotoTileProps & { item: PendingPhoto }) {
  const m = useMessages();
  const percent = Math.round(item.progress * 100);
  return (
    <View className="photo-tile__work" role="status">
      {item.phase === 'uploading' ? (
        <>
          <Text>{fill(m.photos.uploading, { percent })}</Text>
          <View
            className="photo-tile__bar"
            role="progressbar"
            id={`${id}-progress`}
            aria-valuemin={0}
            aria-valuemax={100}
            aria-valuenow={percent}
          >
            <View className="photo-tile__bar-fill" style={{ width: `${percent}%` }} />
          </View>
        </>
      ) : (
        <Text>{m.photos.checkingShort}</Text>
      )}
      <Button className="button button--small" id={`${id}-cancel`} onClick={onCancel}>
        {m.photos.cancel}
      </Button>
    </View>
  );
}

/**
 * One cell of a material's photo grid (FAQ 12): the thumbnail, which opens the full-screen
 * preview; a photo on its way with its progress; or, across the whole row, its own problem.
 */
export function PhotoTile(props: PhotoTileProps) {
  const m = useMessages();
  const { id, uploaded, preview, pending } = props;
  const failed = pending?.phase === 'failed';
  return (
    <View
      className={`photo-tile${failed ? ' photo-tile--wide' : ''}`}
      id={id}
      role="group"
      aria-label={props.name}
      data-state={pending?.phase ?? 'uploaded'}
      data-upload-id={uploaded?.id}
    >
      {uploaded ? (
        <Button
          className="photo-tile__open"
          id={`${id}-open`}
          aria-label={fill(m.photos.openPhoto, { name: props.name })}
          disabled={!props.onOpen}
          onClick={() => props.onOpen?.()}
        >
          {preview ? (
            <Image
              className="photo-tile__image"
              src={preview}
              mode="aspectFill"
              id={`${id}-preview`}
            />
          ) : (
            <Text className="photo-tile__done">{m.photos.uploaded}</Text>
          )}
          {props.maybeBlurry ? (
            <View className="photo-tile__warning" role="note" id={`${id}-warning`}>
              <Text>{m.photos.maybeBlurry}</Text>
            </View>
          ) : null}
        </Button>
      ) : null}
      {pending && failed ? <Problem {...props} item={pending} /> : null}
      {pending && !failed ? <Work {...props} item={pending} /> : null}
    </View>
  );
}
