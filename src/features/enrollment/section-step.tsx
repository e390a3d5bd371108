import { Button, Text, View } from '@tarojs/components';
import { useState } from 'react';
import { ErrorSummary } from '@/components/form/error-summary';
import { LoadingNote } from '@/components/loading-note';
import { useMessages } from '@/components/use-messages';
import { checkEligibility } from '@/domain/enrollment/eligibility';
import { nextStep, sectionSteps, type SectionId } from '@/domain/enrollment/journey';
import type { FieldProblem } from '@/domain/enrollment/problem-codes';
import { validateStep } from '@/domain/enrollment/validate';
import { verificationRequestFor } from '@/domain/enrollment/verification-request';
import { fill } from '@/messages/fill';
import { replacePage, returnToPage } from '@/platform/navigation';
import { ensureVerification } from '@/stores/verification-runner';
import { fieldId, FieldInput } from './field-input';
import { DerivedFacts } from './derived-facts';
import { OtherParentToggle } from './other-parent-toggle';
import { problemMessage, problemsByField } from './problem-message';
import { SaveState } from './save-state';
import type { Enrollment } from './use-enrollment';
import { VerificationPanel } from './verification-panel';

const AGE_CODES: readonly string[] = ['too-young', 'too-old'];

interface SectionStepProps {
  enrollment: Enrollment;
  section: Exclude<SectionId, 'materials'>;
  step: number;
}

/** One screen of a section: a few questions, the error summary, and "save and continue". */
export function SectionStep({ enrollment, section, step }: SectionStepProps) {
  const m = useMessages();
  const [problems, setProblems] = useState<FieldProblem[]>([]);
  const { answers, record, context } = enrollment;
  const steps = sectionSteps(section, answers);
  const fields = steps[step];
  if (!fields) return <LoadingNote text={m.common.loading} />;
  const togglesOtherParent = fields.includes('guardian.otherParent.name');
  const shownFields = togglesOtherParent && !answers.guardian?.otherParent ? [] : fields;
  const messages = problemsByField(m, problems);
  const draft = { draft: record.id };

  // Verification asks about what the parent typed, never about values it filled in itself.
  function verify(force = false) {
    const request = verificationRequestFor(record.answers, context.today);
    if (request) ensureVerification(record.id, request, force);
  }

  function onContinue() {
    if (togglesOtherParent && answers.guardian?.otherParent === undefined) {
      // Not answering the optional question means "not now".
      enrollment.updateAnswers((a) => ({ ...a, guardian: { ...a.guardian, otherParent: null } }));
    }
    const found = validateStep(section, step, answers, context);
    // An ineligible child gets a page that explains why, not a red field (PRODUCT.md).
    const ageOnly = found.length > 0 && found.every((p) => AGE_CODES.includes(p.code));
    const birthDate = answers.child?.birthDate;
    const outOfRange = birthDate && !checkEligibility(birthDate, context.birthRange).eligible;
    if (section === 'child' && (ageOnly || (found.length === 0 && outOfRange))) {
      replacePage('enrollmentIneligible', draft);
      return;
    }
    setProblems(found);
    if (found.length > 0) return;
    verify();
    const next = nextStep(section, step, answers);
    if (next === null) returnToPage('enrollment', draft);
    else replacePage('enrollmentSection', { ...draft, section, step: String(next) });
  }

  return (
    <View className="section-step" id={`step-${section}-${step}`}>
      <View role="heading" aria-level={2} className="heading">
        <Text>{m.enrollment.sections[section]}</Text>
      </View>
      <Text className="hint">
        {fill(m.enrollment.stepOf, { step: step + 1, total: steps.length })}
      </Text>
      <ErrorSummary
        errors={problems.map((p) => ({ fieldId: fieldId(p.field), message: problemMessage(m, p) }))}
      />
      {section !== 'child' || step > 0 ? (
        <VerificationPanel snapshot={record.verification} onRetry={() => verify(true)} />
      ) : null}
      {togglesOtherParent ? <OtherParentToggle enrollment={enrollment} /> : null}
      {fields.includes('child.idNumber') ? <DerivedFacts enrollment={enrollment} /> : null}
      {shownFields.map((path) => (
        <FieldInput key={path} path={path} enrollment={enrollment} error={messages[path]} />
      ))}
      <SaveState />
      {enrollment.editable ? (
        <Button className="button button--primary" id="continue" onClick={onContinue}>
          {m.form.continue}
        </Button>
      ) : (
        <Text className="notice">{m.enrollment.windowClosedNotice}</Text>
      )}
      <Text className="link" id="back-to-tasks" onClick={() => returnToPage('enrollment', draft)}>
        {m.form.backToTasks}
      </Text>
    </View>
  );
}
