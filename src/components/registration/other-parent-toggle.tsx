import { ChoiceField } from '@/components/form/choice-field';
import { useMessages } from '@/components/use-messages';
import type { RegistrationForm } from './use-registration';
import '@/messages/words/enrollment';
import '@/messages/words/enrollment-fields';

/** The other parent is optional (PRODUCT.md, Guardian): ask first whether to add them. */
export function OtherParentToggle({ form }: { form: RegistrationForm }) {
  const m = useMessages();
  const otherParent = form.answers.guardian?.otherParent;
  const value = otherParent === undefined ? undefined : otherParent === null ? 'no' : 'yes';
  return (
    <ChoiceField
      id="f-guardian-hasOtherParent"
      label={m.enrollment.otherParentQuestion}
      choices={(['yes', 'no'] as const).map((choice) => ({
        value: choice,
        label: m.enrollmentChoices.hasOtherParent[choice],
      }))}
      value={value}
      readOnly={!form.editable}
      onChange={(choice) =>
        form.updateAnswers((answers) => ({
          ...answers,
          guardian: {
            ...answers.guardian,
            otherParent: choice === 'yes' ? (answers.guardian?.otherParent ?? {}) : null,
          },
        }))
      }
    />
  );
}
