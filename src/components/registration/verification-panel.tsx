import { Button, Progress, Text, View } from '@tarojs/components';
import { useMessages } from '@/components/use-messages';
import { fill } from '@/messages/fill';
import type { VerificationSnapshot } from '@/stores/draft-record';

interface VerificationPanelProps {
  snapshot: VerificationSnapshot | null;
  onRetry(): void;
}

/**
 * The state of big-data verification (FAQ 5, 6, 9): progress while it runs, what it could not
 * verify, and when it jams a retry — the form stays usable throughout ("continue manually").
 */
export function VerificationPanel({ snapshot, onRetry }: VerificationPanelProps) {
  const m = useMessages();
  if (!snapshot) return null;
  const unverified = snapshot.checks.filter((check) => check.status !== 'verified');
  return (
    <View className="card verification" id="verification" data-status={snapshot.status}>
      {snapshot.status === 'running' ? (
        <View role="status" aria-live="polite">
          <Text className="hint">
            {fill(m.verification.running, { percent: Math.round(snapshot.progress * 100) })}
          </Text>
          <Progress percent={Math.round(snapshot.progress * 100)} strokeWidth={6} />
        </View>
      ) : null}
      {snapshot.status === 'done' ? <Text className="hint">{m.verification.done}</Text> : null}
      {snapshot.status === 'stalled' || snapshot.status === 'failed' ? (
        <View role="alert" className="verification__jam">
          <Text className="hint">
            {snapshot.status === 'stalled' ? m.verification.stalled : m.verification.failed}
          </Text>
          <Button className="button" id="verification-retry" onClick={onRetry}>
            {m.verification.retry}
          </Button>
        </View>
      ) : null}
      {snapshot.checks.map((check) => (
        <Text key={check.source} className="hint" id={`check-${check.source}`}>
          {fill(m.verification.checkLine, {
            source: m.verification.sources[check.source],
            status: m.verification.checkStatus[check.status],
          })}
        </Text>
      ))}
      {unverified.length > 0 || snapshot.status !== 'done' ? (
        <Text className="notice" id="manual-notice">
          {m.verification.manualNotice}
        </Text>
      ) : null}
    </View>
  );
}
