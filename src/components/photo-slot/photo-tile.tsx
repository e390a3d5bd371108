import type { UploadRef } from '@contract';
import { Button, Image, Text, View } from '@tarojs/components';
import { fill } from '@/messages/fill';
import { useMessages } from '@/components/use-messages';
import { describePhotoFailure } from './describe-photo-failure';
import { formatFileSize } from './format-size';
import { canRetry, type PendingPhoto } from './slot-state';

export interface PhotoTileProps {
  id: string;
  /** "户口簿，第 2 张": what a screen reader announces for the tile. */
  name: string;
  uploaded: UploadRef | null;
  preview: string | null;
  /** Legible only perhaps: shown with the preview so the parent zooms in and checks. */
  maybeBlurry: boolean;
  /** Work on this tile: a new photo on its way, or the replacement of `uploaded`. */
  pending: PendingPhoto | null;
  readOnly: boolean;
  /** Offered where the photo can be turned and sent again (uploaded in this app session). */
  onRotate: (() => void) | null;
  onReplace(): void;
  onRemove(): void;
  onCancel(): void;
  onRetry(): void;
}

function PendingState({
  id,
  item,
  onCancel,
  onRetry,
}: { id: string; item: PendingPhoto } & Pick<PhotoTileProps, 'onCancel' | 'onRetry'>) {
  const m = useMessages();
  if (item.phase === 'failed' && item.failure) {
    const { title, action } = describePhotoFailure(m, item.failure);
    return (
      <View
        className="photo-tile__problem"
        role="alert"
        id={`${id}-problem`}
        data-failure={item.failure.kind === 'photo' ? item.failure.problem : item.failure.code}
      >
        <Text className="photo-tile__problem-title">{title}</Text>
        <Text className="photo-tile__problem-action">{action}</Text>
        {canRetry(item) ? (
          <Button className="button button--primary" id={`${id}-retry`} onClick={onRetry}>
            {m.photos.retry}
          </Button>
        ) : null}
        <Button className="button" id={`${id}-dismiss`} onClick={onCancel}>
          {m.photos.dismiss}
        </Button>
      </View>
    );
  }
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
        <Text>{m.photos.checking}</Text>
      )}
      {item.replaces ? <Text className="hint">{m.photos.replacing}</Text> : null}
      <Button className="button" id={`${id}-cancel`} onClick={onCancel}>
        {m.photos.cancel}
      </Button>
    </View>
  );
}

/** One photo of a slot: its preview and facts, its progress, or its own problem (FAQ 12). */
export function PhotoTile(props: PhotoTileProps) {
  const m = useMessages();
  const { id, uploaded, preview, pending } = props;
  return (
    <View
      className="photo-tile"
      id={id}
      role="group"
      aria-label={props.name}
      data-state={pending?.phase ?? 'uploaded'}
      data-upload-id={uploaded?.id}
    >
      {uploaded ? (
        <>
          {preview ? (
            <Image
              className="photo-tile__image"
              src={preview}
              mode="aspectFit"
              id={`${id}-preview`}
            />
          ) : (
            <Text className="hint">{m.photos.noPreview}</Text>
          )}
          <Text className="photo-tile__done">{m.photos.uploaded}</Text>
          {props.maybeBlurry ? (
            <View className="photo-tile__warning" role="note" id={`${id}-warning`}>
              <Text className="photo-tile__warning-title">{m.photos.maybeBlurry}</Text>
              <Text className="hint">{m.photos.maybeBlurryDetail}</Text>
            </View>
          ) : null}
          <Text className="hint">
            {fill(m.photos.uploadedDetail, {
              width: uploaded.width,
              height: uploaded.height,
              size: formatFileSize(uploaded.bytes),
            })}
          </Text>
        </>
      ) : null}
      {pending ? (
        <PendingState id={id} item={pending} onCancel={props.onCancel} onRetry={props.onRetry} />
      ) : null}
      {uploaded && !pending && !props.readOnly ? (
        <View className="photo-tile__actions">
          {props.onRotate ? (
            <Button className="button" id={`${id}-rotate`} onClick={props.onRotate}>
              {m.photos.rotate}
            </Button>
          ) : null}
          <Button className="button" id={`${id}-replace`} onClick={props.onReplace}>
            {m.photos.replace}
          </Button>
          <Button className="button" id={`${id}-remove`} onClick={props.onRemove}>
            {m.photos.remove}
          </Button>
        </View>
      ) : null}
    </View>
  );
}
