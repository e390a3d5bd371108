/** Test fixtures for transfer submissions (中小学转学申请信息登记) of the seeded transfer families. */
import type { SubmitTransfer, TargetGrade, TransferReason } from '../types';
import { answersFor } from './enrollment-fixtures';
import { SEED_CHILDREN, seedStatusNumber } from './seed/children';

/** A transfer of a seeded student (by name) with everything the student register knows. */
export function transferFor(
  parentId: string,
  childName: string,
  targetGrade: TargetGrade,
  verificationId: string | null,
  reason: TransferReason = 'household-move',
): SubmitTransfer {
  const child = SEED_CHILDREN.find((c) => c.parentId === parentId && c.name === childName);
  if (!child?.student) throw new Error(`no seeded student ${childName}`);
  const base = answersFor(parentId);
  const junior = Number(targetGrade) >= 7;
  return {
    subsystem: 'transfer',
    answers: {
      ...base,
      child: {
        ...base.child,
        name: child.name,
        idNumber: child.idNumber,
        birthDate: child.birthDate,
        sex: child.sex,
      },
      student: { ...child.student, statusNumber: seedStatusNumber(child) ?? '' },
      transfer: { targetGrade, reason, reasonNote: reason === 'other' ? '父母工作调动到济南' : '' },
      schoolId: junior ? base.schoolId.replace(/^s-/, 'j-') : base.schoolId,
    },
    verificationId,
    disputedFields: [],
    declaration: { accepted: true, textVersion: '2022.1', acceptedAt: '2022-07-05T10:00:00+08:00' },
    materials: {},
  };
}
