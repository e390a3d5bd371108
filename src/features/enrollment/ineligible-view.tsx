import type { SeasonConfig } from '@contract';
import { Button, Text, View } from '@tarojs/components';
import { LoadingNote } from '@/components/loading-note';
import { useMessages } from '@/components/use-messages';
import { checkEligibility } from '@/domain/registration/eligibility';
import { fill } from '@/messages/fill';
import { replacePage } from '@/platform/navigation';
import { useRegistration } from '@/components/registration/use-registration';
import { ENROLLMENT_FLOW } from './enrollment-flow';
import '@/messages/words/enrollment';

/** Why a child cannot register for first grade this year, and what to do (PRODUCT.md). */
export function IneligibleView(props: { draftId: string; config: SeasonConfig; now: number }) {
  const m = useMessages();
  const enrollment = useRegistration(ENROLLMENT_FLOW, props.draftId, props.config, props.now);
  const range = enrollment?.context.birthRange;
  if (!enrollment || !range) return <LoadingNote text={m.common.loading} />;
  const birthDate = enrollment.answers.child?.birthDate ?? '';
  const result = checkEligibility(birthDate, range);
  const reason = result.eligible ? null : result.reason;
  const values = { from: range.from, to: range.to, birthDate };
  return (
    <View className="card" id="ineligible" role="alert">
      <Text className="heading">{m.enrollment.ineligibleTitle}</Text>
      {reason ? (
        <Text className="hint" id="ineligible-reason">
          {fill(
            reason === 'too-young'
              ? m.enrollment.ineligibleTooYoung
              : m.enrollment.ineligibleTooOld,
            values,
          )}
        </Text>
      ) : null}
      <Text className="hint">{m.enrollment.ineligibleFix}</Text>
      <Button
        className="button"
        id="ineligible-back"
        onClick={() =>
          replacePage('enrollmentSection', { draft: props.draftId, section: 'child', step: '0' })
        }
      >
        {m.enrollment.ineligibleBack}
      </Button>
    </View>
  );
}
