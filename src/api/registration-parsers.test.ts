import {
  parseAppointmentOptions,
  parseRegistrationDetail,
  parseRegistrationSummary,
} from './registration-parsers';

const SUMMARY = {
  id: 'r-1',
  reference: 'JN2022-E-000001',
  subsystem: 'enrollment',
  status: 'returned',
  submittedAt: '2022-07-05T10:00:00+08:00',
  category: 'other',
  childName: '李沐阳',
  childIdNumber: '370102201510180033',
  schoolId: 's-lixia-1',
  needsOnSiteAppointment: false,
  history: [{ status: 'submitted', at: '2022-07-05T10:00:00+08:00' }],
  correction: { reason: '房产证照片不清晰', deadline: '2022-07-08T18:00:00+08:00' },
  resultNote: null,
  appointment: null,
  replaces: null,
};

const SUBMISSION = {
  subsystem: 'enrollment',
  answers: { child: {}, guardian: {}, household: {}, residence: {}, schoolId: 's-lixia-1' },
  materials: {},
};

describe('registration answer parsers', () => {
  it('read a correction without a named section as one naming none', () => {
    expect(parseRegistrationSummary(SUMMARY)?.correction).toEqual({
      reason: '房产证照片不清晰',
      deadline: '2022-07-08T18:00:00+08:00',
      section: null,
    });
  });

  it('refuse a summary without its history or with a status outside the contract', () => {
    expect(parseRegistrationSummary({ ...SUMMARY, history: undefined })).toBeNull();
    expect(parseRegistrationSummary({ ...SUMMARY, status: 'archived' })).toBeNull();
    expect(parseRegistrationSummary({ ...SUMMARY, resultNote: 3 })).toBeNull();
  });

  it('show a school the gateway sends oddly as unknown, never refusing the detail for it', () => {
    const detail = parseRegistrationDetail({ ...SUMMARY, submission: SUBMISSION, school: 's-1' });
    expect(detail?.school).toBeNull();
    expect(detail?.submission.answers.schoolId).toBe('s-lixia-1');
  });

  it('refuse a detail whose submitted content lacks a section of the answers', () => {
    const answers = { child: {}, guardian: {}, household: {} };
    expect(
      parseRegistrationDetail({ ...SUMMARY, submission: { ...SUBMISSION, answers }, school: null }),
    ).toBeNull();
  });

  it('refuse appointment slots whose places are not whole numbers', () => {
    const slot = { id: 'sl-1', pointId: 'pt-1', date: '2022-07-12', period: '09:00-10:30' };
    const points = [{ id: 'pt-1', name: '历下区登记点', address: '济南市历下区样例路1号' }];
    expect(
      parseAppointmentOptions({ points, slots: [{ ...slot, capacity: 10, remaining: 2 }] })?.slots,
    ).toHaveLength(1);
    expect(
      parseAppointmentOptions({ points, slots: [{ ...slot, capacity: 10, remaining: 1.5 }] }),
    ).toBeNull();
  });
});
