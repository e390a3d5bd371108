import { PageShell } from '@/components/page-shell';
import { SessionGate } from '@/components/session-gate';
import { useMessages } from '@/components/use-messages';
import { PhotoCheckContent } from './photo-check-content';
import '@/messages/words/photos';

/** 提前检查照片: FAQ 12 recommends taking the photos before registering; here they can be tried. */
export default function PhotoCheckPage() {
  const m = useMessages();
  return (
    <PageShell title={m.photos.checkTitle}>
      <SessionGate>
        <PhotoCheckContent />
      </SessionGate>
    </PageShell>
  );
}
