import type { RegistrationFlow } from '@/components/registration/flow';
import { TRANSFER_JOURNEY } from '@/domain/transfer/transfer-journey';
import '@/messages/words/transfer';

/**
 * 中小学转学申请信息登记 (FAQ 1, 13): the same form machinery as enrollment, with transfer's
 * journey (student and transfer sections), its own pages and no age window.
 */
export const TRANSFER_FLOW: RegistrationFlow = {
  subsystem: 'transfer',
  journey: TRANSFER_JOURNEY,
  routes: {
    start: 'transfer',
    section: 'transferSection',
    check: 'transferCheck',
    receipt: 'transferReceipt',
    ineligible: null,
  },
  copy: (m) => m.transfer,
};
