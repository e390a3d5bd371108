import type { UploadRef } from '@contract';
import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import { PhotoSlot } from '@/components/photo-slot/photo-slot';
import { useMessages } from '@/components/use-messages';
import { fill } from '@/messages/fill';
import '@/messages/words/photos';

/** How many photos a parent may try at once: one material's worth, such as a household register. */
const MAX_TRIAL_PHOTOS = 9;

/**
 * The photo check: the same photo slot as the registration form, and a plain list of what the
 * gateway received for each photo, so a parent knows before registering that the photos pass.
 */
export function PhotoCheckContent() {
  const m = useMessages();
  const [refs, setRefs] = useState<UploadRef[]>([]);
  return (
    <>
      <View className="card">
        <Text className="hint">{m.photos.checkIntro}</Text>
        <Text className="hint">{m.photos.checkTips}</Text>
      </View>
      <PhotoSlot
        id="photo-check"
        label={m.photos.checkSlotLabel}
        minPhotos={1}
        maxPhotos={MAX_TRIAL_PHOTOS}
        value={refs}
        onChange={setRefs}
      />
      <View className="card" id="photo-check-results">
        <View role="heading" aria-level={2} className="heading">
          <Text>{m.photos.checkResultsTitle}</Text>
        </View>
        {refs.length === 0 ? <Text className="hint">{m.photos.checkResultsEmpty}</Text> : null}
        {refs.map((ref, i) => (
          <View
            key={ref.id}
            className="notice"
            id={`photo-check-result-${ref.id}`}
            data-width={ref.width}
            data-height={ref.height}
            data-bytes={ref.bytes}
            data-sha256={ref.sha256}
            data-mime-type={ref.mimeType}
          >
            <Text>{fill(m.photos.checkPassed, { number: i + 1 })}</Text>
          </View>
        ))}
        <Text className="hint">{m.photos.checkNote}</Text>
      </View>
    </>
  );
}
