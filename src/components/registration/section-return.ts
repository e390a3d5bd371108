import { pageParam, replacePage, returnToPage } from '@/platform/navigation';
import type { SectionId } from '@/domain/registration/journey';
import type { RegistrationFlow } from './flow';

/** The URL parameter of a section opened from the check page's 修改. */
const FROM_CHECK = { from: 'check' } as const;

/** Opens a section from the check page: its last screen comes back there (issue 14). */
export function sectionFromCheck(draftId: string, section: SectionId): Record<string, string> {
  return { draft: draftId, section, step: '0', ...FROM_CHECK };
}

/** Goes to another screen of the section on screen, keeping where the parent came from. */
export function goToSectionStep(
  flow: RegistrationFlow,
  draftId: string,
  section: SectionId,
  step: number,
): void {
  const from = pageParam('from') === FROM_CHECK.from ? FROM_CHECK : {};
  replacePage(flow.routes.section, { draft: draftId, section, step: String(step), ...from });
}

/** Leaves a finished section: back to the check page when it was opened from there, else the task list. */
export function leaveSection(flow: RegistrationFlow, draftId: string): void {
  const route = pageParam('from') === FROM_CHECK.from ? flow.routes.check : flow.routes.start;
  returnToPage(route, { draft: draftId });
}
