import type { SectionId } from '@/domain/registration/journey-definition';
import { pageParam } from '@/platform/navigation';
import type { RegistrationFlow } from './flow';

/** The section named in the page URL, if this flow asks it; else the first one. */
export function sectionParam(flow: RegistrationFlow): SectionId {
  const value = pageParam('section');
  return flow.journey.sections.find((id) => id === value) ?? flow.journey.sections[0] ?? 'child';
}

/** The step named in the page URL (0 when absent or not a number). */
export function stepParam(): number {
  return Math.max(0, Number(pageParam('step') ?? '0') || 0);
}
