import { Button, Text, View } from '@tarojs/components';
import { useRef, useState } from 'react';
import { BottomBar } from '@/components/bottom-bar';
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
import { pageParam, replacePage, returnToPage } from '@/platform/navigation';
import { ensureVerification } from '@/stores/verification-runner';
import { fieldId, FieldInput } from './field-input';
import { DerivedFacts } from './derived-facts';
import { FROM_START, isVerified, onwardFrom } from './onward';
import { OtherParentToggle } from './other-parent-toggle';
import { problemMessage, problemsByField } from './problem-message';
import { serverReasonsByField } from './server-reasons';
import { sectionTitle } from './flow';
import { SaveState } from './save-state';
import { goToSectionStep, leaveSection } from './section-return';
import type { RegistrationForm } from './use-registration';
import { VerificationPanel } from './verification-panel';
import '@/messages/words/enrollment';
import '@/messages/words/form';

const AGE_CODES: readonly string[] = ['too-young', 'too-old'];

interface SectionStepProps {
  form: RegistrationForm;
  section: Exclude<SectionId, 'materials'>;
  step: number;
}

/**
 * One screen of a section: a few questions, the error summary, and "save and continue" in the
 * bottom bar. A section the records answer in full is one screen of facts to review with one
 * 确认无误 (issue 14); it stays one screen if the parent then disputes one of them.
 */
export function SectionStep({ form, section, step }: SectionStepProps) {
  const m = useMessages();
  const [foundProblems, setProblems] = useState<FieldProblem[]>([]);
  const reviewed = useRef(false);
  const { answers, record, context, flow } = form;
  const { journey, routes } = flow;
  const steps = sectionSteps(section, answers, journey);
  const allFields = steps.flat();
  if (step === 0 && allFields.length > 0 && allFields.every((path) => isVerified(form, path))) {
    reviewed.current = true;
  }
  const review = reviewed.current;
  // A problem found before the records arrived no longer holds once they answer that question.
  const problems = foundProblems.filter((problem) => !isVerified(form, problem.field));
  const fields = review ? allFields : steps[step];
  if (!fields) return <LoadingNote text={m.common.loading} />;
  const confirms = fields.every((path) => isVerified(form, path));
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
    const found = review
      ? steps.flatMap((_, index) => validateStep(section, index, answers, context, journey))
      : validateStep(section, step, answers, context, journey);
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
    if (pageParam('from') === FROM_START.from) {
      goOnward();
      return;
    }
    const next = review ? null : nextStep(section, step, answers, journey);
    if (next === null) leaveSection(flow, record.id);
    else goToSectionStep(flow, record.id, section, next);
  }

  function goOnward() {
    const onward = onwardFrom(form, section, review ? steps.length - 1 : step);
    if (onward.to === 'section') {
      const at = { section: onward.section, step: String(onward.step) };
      replacePage(routes.section, { ...draft, ...at, ...FROM_START });
    } else if (onward.to === 'check') replacePage(routes.check, draft);
    else returnToPage(routes.start, draft);
  }

  return (
    <View
      className="section-step"
      id={`step-${section}-${step}`}
      data-review={review ? section : undefined}
    >
      <View role="heading" aria-level={2} className="heading">
        <Text>{sectionTitle(m, flow, section)}</Text>
      </View>
      <Text className="hint" id="section-hint">
        {review
          ? m.form.reviewSection
          : fill(m.enrollment.stepOf, { step: step + 1, total: steps.length })}
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
      {form.editable ? null : <Text className="notice">{m.enrollment.windowClosedNotice}</Text>}
      <TextLink
        id="back-to-tasks"
        label={m.form.backToTasks}
        onOpen={() => returnToPage(routes.start, draft)}
      />
      {form.editable ? (
        <BottomBar>
          <Button className="button button--primary" id="continue" onClick={onContinue}>
            {confirms ? m.form.confirmSection : m.form.continue}
          </Button>
        </BottomBar>
      ) : null}
    </View>
  );
}
