import { Text } from '@tarojs/components';
import { useMessages } from '@/components/use-messages';
import { deriveFromId } from '@/domain/registration/derived-facts';
import { fill } from '@/messages/fill';
import type { RegistrationForm } from './use-registration';
import '@/messages/words/enrollment';
import '@/messages/words/enrollment-fields';

/** Shows the sex and birth date read from the child's ID, so the parent can spot a typo early. */
export function DerivedFacts({ form }: { form: RegistrationForm }) {
  const m = useMessages();
  const child = form.answers.child;
  const facts = deriveFromId(child?.idType, child?.idNumber, form.context.today);
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
