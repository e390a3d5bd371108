import { Text, View } from '@tarojs/components';
import { useCallback } from 'react';
import { fetchNotice } from '@/api/content-api';
import { GatewayError } from '@/api/gateway-error';
import { describeFailure } from '@/components/failure-message';
import { LoadingNote } from '@/components/loading-note';
import { ProblemPanel } from '@/components/problem-panel';
import { useMessages } from '@/components/use-messages';
import { useRemote } from '@/components/use-remote';
import { fill } from '@/messages/fill';
import './notices.css';
import '@/messages/words/content';

// The bureau publishes its notices in Chinese only; screen readers read them as Chinese.
const CHINESE = { lang: 'zh-CN' };

/** One notice, rendered as plain text paragraphs (never as markup). */
export function NoticeView({ id }: { id: string | null }) {
  const m = useMessages();
  const load = useCallback(
    () => (id ? fetchNotice(id) : Promise.reject(new GatewayError('NOT_FOUND', 404))),
    [id],
  );
  const notice = useRemote(load);
  if (notice.status === 'loading') return <LoadingNote text={m.common.loading} />;
  if (notice.status === 'failed') {
    return <ProblemPanel {...describeFailure(m, notice.code)} onRetry={notice.retry} />;
  }
  return (
    <View className="card" id="notice-view">
      <View role="heading" aria-level={2} className="heading" {...CHINESE}>
        <Text>{notice.data.title}</Text>
      </View>
      <Text className="hint">{fill(m.content.publishedOn, { date: notice.data.publishedOn })}</Text>
      <View className="notice-view__body" {...CHINESE}>
        {notice.data.paragraphs.map((paragraph, index) => (
          <Text key={index} className="notice-view__paragraph">
            {paragraph}
          </Text>
        ))}
      </View>
    </View>
  );
}
