import { check } from '../registration/test-support';
import { requiredMaterials } from '../registration/materials';
import { sectionStatus } from '../registration/section-status';
import { buildSubmission } from '../registration/submission';
import { sectionSteps } from '../registration/journey';
import { validateAll } from '../registration/validate';
import { TRANSFER_JOURNEY } from './transfer-journey';
import { completeTransferDraft, STATUS_NUMBER, TRANSFER_CONTEXT } from './test-support';

const ALL_VERIFIED = [check('household'), check('property'), check('student-status')];
const ids = (draft = completeTransferDraft(), checks = ALL_VERIFIED) =>
  requiredMaterials(draft, checks, [], TRANSFER_JOURNEY).map((r) => r.id);

describe('the transfer journey', () => {
  it('adds the student and transfer sections to the shared ones', () => {
    expect(TRANSFER_JOURNEY.sections).toEqual([
      'child',
      'student',
      'guardian',
      'household',
      'residence',
      'migrant',
      'transfer',
      'materials',
    ]);
  });

  it('asks the explanation only for another lawful reason', () => {
    const draft = completeTransferDraft();
    expect(sectionSteps('transfer', draft, TRANSFER_JOURNEY)[0]).not.toContain(
      'transfer.reasonNote',
    );
    const other = { ...draft, transfer: { ...draft.transfer, reason: 'other' as const } };
    expect(sectionSteps('transfer', other, TRANSFER_JOURNEY)[0]).toContain('transfer.reasonNote');
    expect(validateAll(other, TRANSFER_CONTEXT, TRANSFER_JOURNEY)).toEqual([
      { field: 'transfer.reasonNote', code: 'required' },
    ]);
  });

  it('has no age window: an older student passes the child rules', () => {
    expect(validateAll(completeTransferDraft(), TRANSFER_CONTEXT, TRANSFER_JOURNEY)).toEqual([]);
  });

  it('refuses a target grade below the current one', () => {
    const draft = completeTransferDraft();
    draft.transfer = { ...draft.transfer, targetGrade: '3' };
    expect(validateAll(draft, TRANSFER_CONTEXT, TRANSFER_JOURNEY)).toEqual([
      { field: 'transfer.targetGrade', code: 'grade-below-current' },
    ]);
  });

  it('waits for household and residence before the target school', () => {
    const status = sectionStatus({}, TRANSFER_CONTEXT, undefined, TRANSFER_JOURNEY);
    expect(status.transfer).toBe('cannot-start');
    expect(status.student).toBe('not-started');
    expect(status.school).toBeUndefined();
  });

  it('builds a transfer submission with normalised answers', () => {
    const draft = completeTransferDraft();
    draft.student = { ...draft.student, statusNumber: ` ${STATUS_NUMBER.toLowerCase()} ` };
    const parts = {
      verificationId: null,
      disputed: [],
      requirements: [],
      uploads: {},
      kinds: {},
      declaration: {
        accepted: true as const,
        textVersion: '2022.1' as const,
        acceptedAt: '2022-07-05T10:00:00+08:00',
      },
    };
    const body = buildSubmission(draft, TRANSFER_CONTEXT, parts, TRANSFER_JOURNEY);
    expect(body?.subsystem).toBe('transfer');
    expect(body?.answers).toMatchObject({
      student: { statusNumber: STATUS_NUMBER, currentGrade: '4' },
      transfer: { targetGrade: '5', reason: 'household-move', reasonNote: '' },
    });
  });
});

describe('transfer materials by reason (PRODUCT.md, Transfer adds)', () => {
  it('needs nothing when household, property and the student register all verified', () => {
    expect(ids()).toEqual([]);
  });

  it('asks the new household register page for a household move unless verified', () => {
    expect(ids(completeTransferDraft(), [check('property'), check('student-status')])).toEqual([
      'household-register',
      'household-move-page',
    ]);
  });

  it('asks proof of the new home for a residence change into a rented home', () => {
    const draft = completeTransferDraft();
    draft.transfer = { ...draft.transfer, reason: 'residence-change' };
    draft.residence = { kind: 'rented', address: draft.residence?.address };
    expect(ids(draft, [check('household'), check('student-status')])).toEqual([
      'rental-contract',
      'new-home-proof',
    ]);
  });

  it('asks a supporting document for another lawful reason, verified or not', () => {
    const draft = completeTransferDraft();
    draft.transfer = { ...draft.transfer, reason: 'other', reasonNote: '父母工作调动到济南' };
    expect(ids(draft)).toEqual(['transfer-supporting-document']);
  });

  it('asks proof of current enrolment unless the student register verified it', () => {
    expect(ids(completeTransferDraft(), [check('household'), check('property')])).toEqual([
      'student-status-proof',
    ]);
  });

  it('adds nothing to enrollment: its journey has no transfer materials', () => {
    expect(requiredMaterials(completeTransferDraft(), ALL_VERIFIED, []).map((r) => r.id)).toEqual(
      [],
    );
  });
});
