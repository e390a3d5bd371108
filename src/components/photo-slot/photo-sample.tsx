import { Image, Text, View } from '@tarojs/components';
import { useMessages } from '@/components/use-messages';
import { sampleDrawing, type PhotoSampleKind } from './photo-sample-drawing';
import '@/messages/words/photos';

export type { PhotoSampleKind };

/** A drawn sample of what to photograph for a material, with what the parent should do. */
export function PhotoSample({ id, kind }: { id: string; kind: PhotoSampleKind }) {
  const m = useMessages();
  return (
    <View className="photo-sample" id={id}>
      <View className="photo-sample__picture" aria-hidden="true">
        <Image className="photo-sample__image" src={sampleDrawing(kind)} mode="aspectFit" />
      </View>
      <View className="photo-sample__text">
        <Text className="photo-sample__title">{m.photos.sampleTitle}</Text>
        <Text className="hint">{m.photos.samples[kind]}</Text>
      </View>
    </View>
  );
}
