import { ETHNIC_GROUPS } from '@/domain/registration/ethnic-groups';
import type { Messages } from '@/messages/catalog';
import '@/messages/words/pickers';

/** The name of an ethnic group in the parent's language (GB/T 3304 names in Chinese). */
export function ethnicGroupName(m: Messages, code: string): string {
  const names: Partial<Record<string, string>> = m.pickers.ethnicGroupNames;
  return names[code] ?? ETHNIC_GROUPS.find((group) => group.code === code)?.name ?? code;
}
