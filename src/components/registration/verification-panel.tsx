import { Button, Text, View } from '@tarojs/components';
import { useState } from 'react';
import type { VerificationCheck } from '@contract';
import { useMessages } from '@/components/use-messages';
import { fill } from '@/messages/fill';
import type { Messages } from '@/messages/catalog';
import type { VerificationSnapshot } from '@/stores/draft-record';
import '@/messages/words/form';
import '@/messages/words/verification';

interface VerificationPanelProps {
  snapshot: VerificationSnapshot | null;
  /** Only a self-employed parent has a business licence to find (no "未查到" for employees). */
  selfEmployed: boolean;
  onRetry(): void;
}

function summary(m: Messages, snapshot: VerificationSnapshot, checks: VerificationCheck[]) {
  const percent = Math.round(snapshot.progress * 100);
  if (snapshot.status === 'running') return fill(m.verification.summary.running, { percent });
  if (snapshot.status === 'stalled') return m.verification.summary.stalled;
  if (snapshot.status === 'failed') return m.verification.summary.failed;
  const verified = checks.filter((check) => check.status === 'verified').length;
  const manual = checks.length - verified;
  return manual === 0
    ? m.verification.summary.doneAll
    : fill(m.verification.summary.done, { verified, manual });
}

/**
 * The state of big-data verification (FAQ 5, 6, 9) as one line that opens to the departments'
 * results; it opens by itself when it jams, with a retry — the form stays usable throughout.
 */
export function VerificationPanel({ snapshot, selfEmployed, onRetry }: VerificationPanelProps) {
  const m = useMessages();
  const [open, setOpen] = useState(false);
  if (!snapshot) return null;
  const checks = snapshot.checks.filter(
    (check) => check.source !== 'business-licence' || selfEmployed || check.status === 'verified',
  );
  const jammed = snapshot.status === 'stalled' || snapshot.status === 'failed';
  const unverified = checks.filter((check) => check.status !== 'verified');
  const showDetails = open || jammed;
  return (
    <View className="card verification" id="verification" data-status={snapshot.status}>
      <View className="verification__line" role="status" aria-live="polite">
        <Text className="verification__summary" id="verification-summary">
          {fill(m.form.verificationSummary, { status: summary(m, snapshot, checks) })}
        </Text>
        {jammed ? null : (
          <Button
            className="button button--small verification__toggle"
            id="verification-toggle"
            aria-expanded={open ? 'true' : 'false'}
            aria-controls="verification-details"
            onClick={() => setOpen(!open)}
          >
            {open ? m.form.hideVerification : m.form.showVerification}
          </Button>
        )}
      </View>
      {snapshot.status === 'running' ? (
        // The line above says the percentage; the bar only shows it (a View: Taro's Progress
        // element would cost every section page its own runtime, issue 16).
        <View className="verification__bar" aria-hidden="true">
          <View
            className="verification__bar-done"
            style={{ width: `${Math.round(snapshot.progress * 100)}%` }}
          />
        </View>
      ) : null}
      {showDetails ? (
        <View className="verification__details" id="verification-details">
          {jammed ? (
            <View role="alert" className="verification__jam">
              <Text className="hint">
                {snapshot.status === 'stalled' ? m.verification.stalled : m.verification.failed}
              </Text>
              <Button className="button" id="verification-retry" onClick={onRetry}>
                {m.verification.retry}
              </Button>
            </View>
          ) : null}
          {checks.map((check) => (
            <Text key={check.source} className="hint" id={`verification-${check.source}`}>
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
      ) : null}
    </View>
  );
}
