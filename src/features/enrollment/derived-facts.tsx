import { Text } from '@tarojs/components';
import { useMessages } from '@/components/use-messages';
import { deriveFromId } from '@/domain/enrollment/derived-facts';
import { fill } from '@/messages/fill';
import type { Enrollment } from './use-enrollment';

/** Shows the sex and birth date read from the child's ID, so the parent can spot a typo early. */
export function DerivedFacts({ enrollment }: { enrollment: Enrollment }) {
  const m = useMessages();
  const child = enrollment.answers.child;
  const facts = deriveFromId(child?.idType, child?.idNumber, enrollment.context.today);
  if (!facts) return null;
  return (
    <Text className="hint" id="derived-facts">
      {fill(m.enrollment.derivedFacts, {
        sex: m.enrollmentChoices.sex[facts.sex],
        birthDate: facts.birthDate,
      })}
    </Text>
  );
}
