/** Season configuration: windows and rules the gateway sets (never hard-coded in the client). */

/** The two subsystems of FAQ 1. */
export type Subsystem = 'enrollment' | 'transfer';

export const SUBSYSTEMS: readonly Subsystem[] = ['enrollment', 'transfer'];

/** A registration window in the gateway's clock (ISO 8601 with offset); closesAt is exclusive. */
export interface RegistrationWindow {
  opensAt: string;
  closesAt: string;
}

/** `GET /config` answer. */
export interface SeasonConfig {
  /** The registration year, e.g. 2022. */
  season: number;
  windows: Record<Subsystem, RegistrationWindow>;
  /** Birth dates eligible for first grade, inclusive (YYYY-MM-DD). */
  enrollmentBirthRange: { from: string; to: string };
  /** Telephone help line shown on every page. */
  helpLine: string;
  /** Categories the gateway offers besides the derived ones; may be empty. */
  otherCategories: CategoryInfo[];
}

/** A registration category the gateway offers besides the derived ones (e.g. special groups). */
export interface CategoryInfo {
  id: string;
  name: string;
  description: string;
}
