import { CONTEXT, completeDraft } from '../registration/test-support';
import { TRANSFER_CONTEXT, completeTransferDraft } from '../transfer/test-support';
import { draftProgress, type DraftProgressInput } from './draft-progress';

const input = (change: Partial<DraftProgressInput>): DraftProgressInput => ({
  subsystem: 'enrollment',
  answers: {},
  checks: [],
  disputed: [],
  uploads: {},
  ...change,
});

describe('a draft’s progress in 我的登记', () => {
  it('counts no section of a draft with only the contact mobile from the host', () => {
    const progress = draftProgress(
      input({ answers: { child: { contactMobile: '13900000001' } } }),
      CONTEXT,
    );
    expect(progress.done).toBe(0);
    expect(progress.total).toBeGreaterThan(3);
  });

  it('counts every answered section of an enrollment but materials while photos are missing', () => {
    const progress = draftProgress(input({ answers: completeDraft() }), CONTEXT);
    expect(progress).toEqual({ done: progress.total - 1, total: progress.total });
  });

  it('counts sections done so far when the parent stopped half way', () => {
    const { child, guardian } = completeDraft();
    const progress = draftProgress(input({ answers: { child, guardian } }), CONTEXT);
    expect(progress.done).toBe(2);
    expect(progress.done).toBeLessThan(progress.total);
  });

  it('judges a transfer on the transfer journey, with its own sections', () => {
    const transfer = draftProgress(
      input({ subsystem: 'transfer', answers: completeTransferDraft() }),
      TRANSFER_CONTEXT,
    );
    const enrollment = draftProgress(input({ answers: completeDraft() }), CONTEXT);
    expect(transfer.done).toBe(transfer.total - 1);
    expect(transfer.total).not.toBe(enrollment.total);
  });
});
