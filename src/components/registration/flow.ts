/**
 * What makes a registration flow (FAQ 1: two subsystems, one machinery): its subsystem, journey
 * definition, pages and words. The generic form UI here takes one; the enrollment and transfer
 * features are thin pages that pass theirs.
 */
import type { Subsystem } from '@contract';
import type { JourneyDefinition, SectionId } from '@/domain/registration/journey-definition';
import type { Messages } from '@/messages/catalog';
import type { RouteName } from '@/routes';

export interface FlowCopy {
  title: string;
  whoMayApply: string;
  recommendation: string;
  sections: Partial<Record<SectionId, string>>;
}

export interface RegistrationFlow {
  subsystem: Subsystem;
  journey: JourneyDefinition;
  routes: {
    start: RouteName;
    section: RouteName;
    check: RouteName;
    receipt: RouteName;
    /** The "not in this year's age range" page; null: no age window (transfer). */
    ineligible: RouteName | null;
  };
  copy(m: Messages): FlowCopy;
}

/** A section's title in this flow's words (the task list, step headings). */
export function sectionTitle(m: Messages, flow: RegistrationFlow, section: SectionId): string {
  return flow.copy(m).sections[section] ?? '';
}
