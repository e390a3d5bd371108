/**
 * What makes a subsystem's journey (FAQ 1: enrollment and transfer share one machinery): its
 * sections in task-list order, the steps and rules of each, the sections that wait for others,
 * its own materials and how its submitted answers are shaped. The journey, validation, status,
 * materials and submission functions take one of these.
 */
import type { SubmitEnrollment, SubmitTransfer, Subsystem } from '@contract';
import type { EnrollmentDraft } from './draft';
import type { FieldPath } from './field-paths';
import type { FieldRules } from './field-rule';
import type { Need } from './material-requirement';

/** Every section either journey may ask, in the order they appear when both do. */
export const ALL_SECTION_IDS = [
  'child',
  'student',
  'guardian',
  'household',
  'residence',
  'migrant',
  'school',
  'transfer',
  'materials',
] as const;

export type SectionId = (typeof ALL_SECTION_IDS)[number];

/** The questions of a section grouped into screens. */
export type Steps = FieldPath[][];

/** A submission's subsystem with the answers of that subsystem. */
export type ShapedAnswers =
  Pick<SubmitEnrollment, 'subsystem' | 'answers'> | Pick<SubmitTransfer, 'subsystem' | 'answers'>;

export interface JourneyDefinition {
  subsystem: Subsystem;
  /** Sections in task-list order; 'materials' last. */
  sections: readonly SectionId[];
  /** Steps per section, computed from the answers (a section without an entry asks nothing). */
  steps: Partial<Record<SectionId, (draft: EnrollmentDraft) => Steps>>;
  rules: FieldRules;
  /** Sections that cannot start until these are done (e.g. schools are looked up by address). */
  waitsFor: Partial<Record<SectionId, readonly SectionId[]>>;
  /** Where a field is asked when its path does not start with its section (e.g. schoolId). */
  sectionOf: Partial<Record<FieldPath, SectionId>>;
  /** This subsystem's own materials, besides the shared household, home and migrant ones. */
  extraNeeds(draft: EnrollmentDraft): Need[];
  /** The submitted answers from a draft that passed every rule (with ID-derived facts). */
  shape(draft: EnrollmentDraft): ShapedAnswers;
}
