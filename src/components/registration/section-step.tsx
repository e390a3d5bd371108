import { Button, Text, View } from '@tarojs/components';
import { useState } from 'react';
import { TextLink } from '@/components/text-link';
import { ErrorSummary } from '@/components/form/error-summary';
import { LoadingNote } from '@/components/loading-note';
import { useMessages } from '@/components/use-messages';
import { checkEligibility } from '@/domain/registration/eligibility';
import { nextStep, sectionSteps, type SectionId } from '@/domain/registration/journey';
import type { FieldProblem } from '@/domain/registration/problem-codes';
import { validateStep } from '@/domain/registration/validate';
import { verificationRequestFor } from '@/domain/registration/verification-request';
import { fill } from '@/messages/fill';
import { replacePage, returnToPage } from '@/platform/navigation';
import { ensureVerification } from '@/stores/verification-runner';
import { fieldId, FieldInput } from './field-input';
import { DerivedFacts } from './derived-facts';
import { OtherParentToggle } from './other-parent-toggle';
import { problemMessage, problemsByField } from './problem-message';
import { serverReasonsByField } from './server-reasons';
import { sectionTitle } from './flow';
import { SaveState } from './save-state';
import { goToSectionStep, leaveSection } from './section-return';
import type { RegistrationForm } from './use-registration';
import { VerificationPanel } from './verification-panel';

const AGE_CODES: readonly string[] = ['too-young', 'too-old'];

interface SectionStepProps {
  form: RegistrationForm;
  section: Exclude<SectionId, 'materials'>;
  step: number;
}

/** One screen of a section: a few questions, the error summary, and "save and continue". */
export function SectionStep({ form, section, step }: SectionStepProps) {
  const m = useMessages();
  const [problems, setProblems] = useState<FieldProblem[]>([]);
  const { answers, record, context, flow } = form;
  const { journey, routes } = flow;
  const steps = sectionSteps(section, answers, journey);
  const fields = steps[step];
  if (!fields) return <LoadingNote text={m.common.loading} />;
  const togglesOtherParent = fields.includes('guardian.otherParent.name');
  const shownFields = togglesOtherParent && !answers.guardian?.otherParent ? [] : fields;
  // The gateway's reasons show at their fields until the form's own check finds something there.
  const fromGateway = serverReasonsByField(m, form.serverReasons);
  const messages = { ...fromGateway, ...problemsByField(m, problems) };
  const gatewayOnly = shownFields.filter(
    (path) => fromGateway[path] && !problems.some((p) => p.field === path),
  );
  const draft = { draft: record.id };

  // Verification asks about what the parent typed, never about values it filled in itself.
  function verify(force = false) {
    const request = verificationRequestFor(record.answers, context.today);
    if (request) ensureVerification(record.id, request, force);
  }

  function onContinue() {
    if (togglesOtherParent && answers.guardian?.otherParent === undefined) {
      // Not answering the optional question means "not now".
      form.updateAnswers((a) => ({ ...a, guardian: { ...a.guardian, otherParent: null } }));
    }
    const found = validateStep(section, step, answers, context, journey);
    // An ineligible child gets a page that explains why, not a red field (PRODUCT.md).
    const ageOnly = found.length > 0 && found.every((p) => AGE_CODES.includes(p.code));
    const birthDate = answers.child?.birthDate;
    const range = context.birthRange;
    const outOfRange = birthDate && range && !checkEligibility(birthDate, range).eligible;
    if (
      routes.ineligible &&
      section === 'child' &&
      (ageOnly || (found.length === 0 && outOfRange))
    ) {
      replacePage(routes.ineligible, draft);
      return;
    }
    setProblems(found);
    if (found.length > 0) return;
    verify();
    const next = nextStep(section, step, answers, journey);
    if (next === null) leaveSection(flow, record.id);
    else goToSectionStep(flow, record.id, section, next);
  }

  return (
    <View className="section-step" id={`step-${section}-${step}`}>
      <View role="heading" aria-level={2} className="heading">
        <Text>{sectionTitle(m, flow, section)}</Text>
      </View>
      <Text className="hint">
        {fill(m.enrollment.stepOf, { step: step + 1, total: steps.length })}
      </Text>
      <ErrorSummary
        errors={[
          ...problems.map((p) => ({ fieldId: fieldId(p.field), message: problemMessage(m, p) })),
          ...gatewayOnly.map((path) => ({
            fieldId: fieldId(path),
            message: fromGateway[path] ?? '',
          })),
        ]}
      />
      {/* Once per section, as one line: the questions stay above the fold (issue 14). */}
      {section !== 'child' && step === 0 ? (
        <VerificationPanel
          snapshot={record.verification}
          selfEmployed={answers.migrant?.livelihood === 'self-employed'}
          onRetry={() => verify(true)}
        />
      ) : null}
      {togglesOtherParent ? <OtherParentToggle form={form} /> : null}
      {fields.includes('child.idNumber') ? <DerivedFacts form={form} /> : null}
      {shownFields.map((path) => (
        <FieldInput key={path} path={path} form={form} error={messages[path]} />
      ))}
      <SaveState />
      {form.editable ? (
        <Button className="button button--primary" id="continue" onClick={onContinue}>
          {m.form.continue}
        </Button>
      ) : (
        <Text className="notice">{m.enrollment.windowClosedNotice}</Text>
      )}
      <TextLink
        id="back-to-tasks"
        label={m.form.backToTasks}
        onOpen={() => returnToPage(routes.start, draft)}
      />
    </View>
  );
}
