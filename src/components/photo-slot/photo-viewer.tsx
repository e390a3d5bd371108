import { Button, Image, Text, View } from '@tarojs/components';
import { useRef, useState } from 'react';
import { useMessages } from '@/components/use-messages';
import { fill } from '@/messages/fill';
import {
  DOUBLE_TAP_MS,
  doubleTapScale,
  MIN_SCALE,
  pinchScale,
  stepScale,
  type Point,
} from './zoom-gesture';
import '@/messages/words/photos';

export interface ViewerPhoto {
  refId: string;
  name: string;
  preview: string | null;
  maybeBlurry: boolean;
  /** A replacement (a turn, another photo) is on its way for this photo. */
  busy: boolean;
  /** This photo can be turned (uploaded in this app session, on a platform that can turn). */
  canRotate: boolean;
}

export interface PhotoViewerProps {
  id: string;
  photos: ViewerPhoto[];
  index: number;
  onIndex(index: number): void;
  onClose(): void;
  /** Null when read-only; offered only for photos that can be turned. */
  onRotate: ((refId: string) => void) | null;
  onReplace: ((refId: string) => void) | null;
  onRemove: ((refId: string) => void) | null;
}

type TouchLike = { touches: ArrayLike<Point> };

function twoFingers(event: TouchLike): [Point, Point] | null {
  const { touches } = event;
  const a = touches[0];
  const b = touches[1];
  return touches.length === 2 && a && b ? [a, b] : null;
}

/** The zoomable picture: pinch or double-tap, or the buttons for those who cannot. */
function useZoom() {
  const [scale, setScale] = useState(MIN_SCALE);
  const pinch = useRef<{ start: [Point, Point]; scale: number } | null>(null);
  const lastTap = useRef(0);
  return {
    scale,
    reset: () => setScale(MIN_SCALE),
    step: (direction: 1 | -1) => setScale((now) => stepScale(now, direction)),
    onTouchStart(event: TouchLike) {
      const fingers = twoFingers(event);
      pinch.current = fingers ? { start: fingers, scale } : null;
    },
    onTouchMove(event: TouchLike) {
      const fingers = twoFingers(event);
      const started = pinch.current;
      if (fingers && started) setScale(pinchScale(started.scale, started.start, fingers));
    },
    onTouchEnd() {
      pinch.current = null;
    },
    onTap() {
      const now = Date.now();
      if (now - lastTap.current < DOUBLE_TAP_MS) {
        setScale(doubleTapScale(scale));
        lastTap.current = 0;
      } else {
        lastTap.current = now;
      }
    },
  };
}

/**
 * The full-screen preview of a material's photos (FAQ 12: 照片应清晰): the photo large, zoom to
 * check the text, one counter, and the photo's actions (turn, replace, delete).
 */
export function PhotoViewer(props: PhotoViewerProps) {
  const m = useMessages();
  const zoom = useZoom();
  const { id, photos, index } = props;
  const photo = photos[index];
  if (!photo) return null;
  const go = (next: number) => {
    zoom.reset();
    props.onIndex(next);
  };
  const zoomed = zoom.scale > MIN_SCALE;
  const onRotate = photo.canRotate ? props.onRotate : null;
  return (
    <View className="photo-viewer" id={id} role="dialog" aria-modal="true" aria-label={photo.name}>
      <View className="photo-viewer__bar">
        <Text className="photo-viewer__counter" id={`${id}-counter`}>
          {fill(m.photos.counter, { count: index + 1, total: photos.length })}
        </Text>
        <Button className="button photo-viewer__close" id={`${id}-close`} onClick={props.onClose}>
          {m.photos.close}
        </Button>
      </View>
      <View
        className={`photo-viewer__stage${zoomed ? ' photo-viewer__stage--zoomed' : ''}`}
        id={`${id}-stage`}
        data-scale={zoom.scale}
        onTouchStart={(event) => zoom.onTouchStart(event as unknown as TouchLike)}
        onTouchMove={(event) => zoom.onTouchMove(event as unknown as TouchLike)}
        onTouchEnd={zoom.onTouchEnd}
        onClick={zoom.onTap}
      >
        {photo.preview ? (
          <Image
            className="photo-viewer__image"
            id={`${id}-image`}
            src={photo.preview}
            mode={zoomed ? 'widthFix' : 'aspectFit'}
            style={zoomed ? { width: `${zoom.scale * 100}%` } : undefined}
          />
        ) : (
          <Text className="photo-viewer__empty">{m.photos.noPreview}</Text>
        )}
      </View>
      <View className="photo-viewer__panel">
        {photo.maybeBlurry ? (
          <View className="photo-viewer__warning" role="note" id={`${id}-warning`}>
            <Text className="photo-viewer__warning-title">{m.photos.maybeBlurry}</Text>
            <Text>{m.photos.maybeBlurryDetail}</Text>
          </View>
        ) : (
          <Text className="photo-viewer__hint">{m.photos.zoomHint}</Text>
        )}
        {photo.busy ? (
          <View className="photo-viewer__hint" role="status">
            <Text>{m.photos.replacing}</Text>
          </View>
        ) : null}
        <View className="photo-viewer__row">
          <Button className="button" id={`${id}-zoom-out`} onClick={() => zoom.step(-1)}>
            {m.photos.zoomOut}
          </Button>
          <Button className="button" id={`${id}-zoom-in`} onClick={() => zoom.step(1)}>
            {m.photos.zoomIn}
          </Button>
        </View>
        {photos.length > 1 ? (
          <View className="photo-viewer__row">
            <Button
              className="button"
              id={`${id}-previous`}
              disabled={index === 0}
              onClick={() => go(index - 1)}
            >
              {m.photos.previous}
            </Button>
            <Button
              className="button"
              id={`${id}-next`}
              disabled={index === photos.length - 1}
              onClick={() => go(index + 1)}
            >
              {m.photos.next}
            </Button>
          </View>
        ) : null}
        {!photo.busy && (onRotate || props.onReplace || props.onRemove) ? (
          <View className="photo-viewer__row">
            {onRotate ? (
              <Button
                className="button"
                id={`${id}-rotate`}
                onClick={() => {
                  zoom.reset();
                  onRotate(photo.refId);
                }}
              >
                {m.photos.rotate}
              </Button>
            ) : null}
            {props.onReplace ? (
              <Button
                className="button"
                id={`${id}-replace`}
                onClick={() => props.onReplace?.(photo.refId)}
              >
                {m.photos.replace}
              </Button>
            ) : null}
            {props.onRemove ? (
              <Button
                className="button"
                id={`${id}-remove`}
                onClick={() => props.onRemove?.(photo.refId)}
              >
                {m.photos.remove}
              </Button>
            ) : null}
          </View>
        ) : null}
      </View>
    </View>
  );
}
