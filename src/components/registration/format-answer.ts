import type { School } from '@contract';
import type { FieldPath } from '@/domain/registration/field-paths';
import { maskIdNumber, maskMobile } from '@/domain/identity/mask';
import type { Messages } from '@/messages/catalog';
import { ethnicGroupName } from '@/components/pickers/ethnic-group-name';
import { FIELD_KINDS } from './field-kinds';

const ID_FIELDS: readonly FieldPath[] = ['child.idNumber', 'guardian.otherParent.idNumber'];
const MOBILE_FIELDS: readonly FieldPath[] = ['child.contactMobile', 'guardian.otherParent.mobile'];

/** An answer as words for check-your-answers; ID numbers and mobiles stay masked (PRODUCT.md). */
export function formatAnswer(
  m: Messages,
  path: FieldPath,
  value: unknown,
  schools: School[],
): string {
  if (value === undefined || value === null || value === '') return m.common.notProvided;
  const text = String(value);
  if (ID_FIELDS.includes(path)) return maskIdNumber(text);
  if (MOBILE_FIELDS.includes(path)) return maskMobile(text);
  const kind = FIELD_KINDS[path];
  if (kind.kind === 'school') return schools.find((school) => school.id === text)?.name ?? text;
  if (kind.kind === 'choice') {
    return kind.options(m).find((option) => option.value === text)?.label ?? text;
  }
  if (kind.kind === 'ethnicity') return ethnicGroupName(m, text);
  return text;
}
