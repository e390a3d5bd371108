import { SUBSYSTEMS, type Subsystem } from '@contract';
import { deviceStorage } from '@/platform/storage';

const KEY = 'guide-folded.v1';

function readFolded(): Subsystem[] {
  try {
    const value: unknown = JSON.parse(deviceStorage.read(KEY) ?? '[]');
    return Array.isArray(value) ? SUBSYSTEMS.filter((subsystem) => value.includes(subsystem)) : [];
  } catch {
    return [];
  }
}

/**
 * Whether this phone last showed a subsystem's start page with the service guide folded (a
 * registration under way, issue 14). Read before the sign-in has answered: the start page shows
 * the public guide at once unless it expects to fold it, so a first visit does not wait two round
 * trips for what it reads first. Nothing personal: only which start pages had a folded guide.
 */
export function guideExpectedFolded(subsystem: Subsystem): boolean {
  return readFolded().includes(subsystem);
}

/** Remembers how the start page decided the guide, for the next visit's first screen. */
export function noteGuideFolded(subsystem: Subsystem, folded: boolean): void {
  const now = readFolded();
  if (now.includes(subsystem) === folded) return;
  const next = folded ? [...now, subsystem] : now.filter((item) => item !== subsystem);
  try {
    deviceStorage.write(KEY, JSON.stringify(next));
  } catch {
    // A full device only shows the guide early once more than needed.
  }
}
