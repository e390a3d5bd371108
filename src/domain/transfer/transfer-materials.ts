/**
 * The transfer reasons' own materials (PRODUCT.md, Transfer adds; FAQ 11): each reason its proof,
 * and every transfer the current school's enrolment proof (在读/学籍证明) unless the student
 * register verified it. Verified facts need no photo (FAQ 5).
 */
import type { EnrollmentDraft } from '../registration/draft';
import { need } from '../registration/material-needs';
import type { Need } from '../registration/material-requirement';

/** The materials a transfer adds to the shared household, home and migrant ones. */
export function transferNeeds(draft: EnrollmentDraft): Need[] {
  const reason = draft.transfer?.reason;
  const needs: Need[] = [];
  if (reason === 'household-move') {
    // The new household register page; the household department's record shows the move too.
    needs.push(
      need('household-move-page', ['household-move-page'], 'transfer-household-move', 'household'),
    );
  }
  if (reason === 'residence-change') {
    // Proof of living at the new home; a verified property record shows it.
    needs.push(need('new-home-proof', ['new-home-proof'], 'transfer-residence-change', 'property'));
  }
  if (reason === 'other') {
    needs.push(
      need(
        'transfer-supporting-document',
        ['transfer-supporting-document'],
        'transfer-other-reason',
        null,
      ),
    );
  }
  needs.push(
    need(
      'student-status-proof',
      ['student-status-proof'],
      'student-status-not-verified',
      'student-status',
    ),
  );
  return needs;
}
