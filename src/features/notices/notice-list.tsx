import { Text, View } from '@tarojs/components';
import { fetchNotices } from '@/api/content-api';
import { describeFailure } from '@/components/failure-message';
import { LoadingNote } from '@/components/loading-note';
import { ProblemPanel } from '@/components/problem-panel';
import { TextLink } from '@/components/text-link';
import { useMessages } from '@/components/use-messages';
import { useRemote } from '@/components/use-remote';
import { fill } from '@/messages/fill';
import { openPage } from '@/platform/navigation';
import '@/messages/words/content';
import '@/messages/words/materials';

// The bureau publishes its notices in Chinese only; screen readers read them as Chinese.
const CHINESE = { lang: 'zh-CN' };

/** The notices (通知公告) from the gateway, newest first as the gateway orders them. */
export function NoticeList() {
  const m = useMessages();
  const notices = useRemote(fetchNotices);
  if (notices.status === 'loading') return <LoadingNote text={m.common.loading} />;
  if (notices.status === 'failed') {
    return <ProblemPanel {...describeFailure(m, notices.code)} onRetry={notices.retry} />;
  }
  if (notices.data.length === 0) return <Text className="hint">{m.content.noticesEmpty}</Text>;
  return (
    <>
      <TextLink
        className="heading"
        id="open-materials-table"
        label={m.materialsTable.title}
        onOpen={() => openPage('materialsTable')}
      />
      {notices.data.map((notice) => (
        <View
          key={notice.id}
          className="card"
          role="link"
          id={`notice-${notice.id}`}
          onClick={() => openPage('notice', { id: notice.id })}
        >
          <View role="heading" aria-level={2} className="heading link" {...CHINESE}>
            <Text>{notice.title}</Text>
          </View>
          <Text className="hint">{fill(m.content.publishedOn, { date: notice.publishedOn })}</Text>
        </View>
      ))}
    </>
  );
}
