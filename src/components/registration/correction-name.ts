import { correctionDocument } from '@/domain/registration/correction-documents';
import { isFieldPath } from '@/domain/registration/field-paths';
import type { Messages } from '@/messages/catalog';
import '@/messages/words/form';

/**
 * The named document a corrected answer needs (`correction:<field>` requirements), as the
 * 信息有误 sheet said it, instead of the gateway's generic "correction evidence"; undefined for
 * every other requirement.
 */
export function correctionName(m: Messages, requirementId: string): string | undefined {
  const field = requirementId.startsWith('correction:') ? requirementId.slice(11) : '';
  return isFieldPath(field) ? m.form.correctionDocuments[correctionDocument(field)] : undefined;
}
