import { validateMobile } from '@/domain/identity/mobile';
import { readField } from '@/domain/registration/draft-access';
import type { FieldPath } from '@/domain/registration/field-paths';
import { sectionSteps, type SectionId } from '@/domain/registration/journey';
import { requiredMaterials } from '@/domain/registration/materials';
import {
  isReadyToSubmit,
  sectionStatus,
  type SectionStatus,
} from '@/domain/registration/section-status';
import type { RegistrationForm } from './use-registration';

/** The URL parameter of a section opened by 开始登记 or 继续填写: it goes on to what is left. */
export const FROM_START = { from: 'start' } as const;

const OPEN_TO_FILL: readonly SectionStatus[] = ['not-started', 'in-progress', 'problem'];

export type Onward =
  { to: 'section'; section: SectionId; step: number } | { to: 'check' } | { to: 'tasks' };

/** Whether verified records give this answer (nothing disputed about it). */
export function isVerified(form: RegistrationForm, path: FieldPath): boolean {
  return Boolean(form.backfilled[path]) && !form.record.disputed.includes(path);
}

// The host gives the parent's phone (PRODUCT.md, Effort): kept as it came, nothing to ask.
function isFromHost(form: RegistrationForm, path: FieldPath): boolean {
  if (path !== 'child.contactMobile') return false;
  const host = validateMobile(form.context.applicant.mobile);
  const current = validateMobile(String(readField(form.answers, path) ?? ''));
  return host.ok && current.ok && host.value === current.value;
}

/** Whether a question needs the parent at all: the records or the host answer the rest. */
export function needsParent(form: RegistrationForm, path: FieldPath): boolean {
  return !isVerified(form, path) && !isFromHost(form, path);
}

/**
 * Where a parent who pressed 开始登记 goes after a screen: the next screen with a question the
 * records do not answer, in task-list order; materials only when photos are needed; the check
 * page once everything is there, where every verified answer is shown for review. Sections the
 * records completed are not walked through screen by screen.
 */
export function onwardFrom(form: RegistrationForm, section: SectionId, step: number): Onward {
  const { answers, context, record } = form;
  const { journey } = form.flow;
  const status = sectionStatus(answers, context, undefined, journey);
  const checks = record.verification?.checks ?? [];
  const sections = journey.sections;
  for (const candidate of sections.slice(sections.indexOf(section))) {
    if (candidate === 'materials') {
      if (requiredMaterials(answers, checks, record.disputed, journey).length > 0) {
        return { to: 'section', section: candidate, step: 0 };
      }
      continue;
    }
    const current = candidate === section;
    if (!current && !OPEN_TO_FILL.includes(status[candidate] ?? 'cannot-start')) continue;
    const from = current ? step + 1 : 0;
    const next = sectionSteps(candidate, answers, journey).findIndex(
      (fields, index) => index >= from && fields.some((path) => needsParent(form, path)),
    );
    if (next !== -1) return { to: 'section', section: candidate, step: next };
  }
  const evidence = {
    checks,
    disputedFields: record.disputed,
    uploads: record.uploads,
    minPhotos: {},
  };
  return isReadyToSubmit(answers, context, evidence, journey) ? { to: 'check' } : { to: 'tasks' };
}
