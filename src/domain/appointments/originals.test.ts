import type { SubmitEnrollment } from '@contract';
import { originalsToBring } from './originals';

function submission(
  change: Partial<SubmitEnrollment['answers']>,
  materials = {},
): SubmitEnrollment {
  return {
    subsystem: 'enrollment',
    verificationId: null,
    disputedFields: [],
    materials,
    declaration: { accepted: true, textVersion: '2022.1', acceptedAt: '2022-07-05T10:00:00+08:00' },
    answers: {
      child: {
        name: '孙浩然',
        idType: 'resident-id',
        idNumber: '371302201605270033',
        sex: 'male',
        birthDate: '2016-05-27',
        ethnicity: '01',
        contactMobile: '13900000005',
      },
      guardian: { applicantRole: 'father', otherParent: null },
      household: { head: 'father', headName: '孙海涛', address: '临沂', inDowntown: false },
      residence: { kind: 'rented', address: '济南市天桥区' },
      migrant: {
        residencePermitNumber: '3701052021000005',
        livelihood: 'employed',
        employerOrLicence: '济南样例物流有限公司',
        socialInsuranceMonths: 14,
      },
      schoolId: 's-tianqiao-1',
      ...change,
    },
  };
}

describe('originalsToBring (FAQ 10)', () => {
  it('lists identity, household, home, permit, work and insurance for an employed migrant family', () => {
    expect(originalsToBring(submission({}), 'migrant-worker')).toEqual([
      'applicant-id-card',
      'child-id-document',
      'household-register',
      'rental-contract',
      'residence-permit',
      'employment-proof',
      'social-insurance-record',
    ]);
  });

  it('asks a self-employed parent for the business licence instead of employment proof', () => {
    const own = submission({
      migrant: {
        residencePermitNumber: '3701052021000005',
        livelihood: 'self-employed',
        employerOrLicence: '91370100MA3C000000',
        socialInsuranceMonths: 14,
      },
    });
    const items = originalsToBring(own, 'migrant-worker');
    expect(items).toContain('business-licence');
    expect(items).not.toContain('employment-proof');
  });

  it('names the property document and adds every photographed material once', () => {
    const owned = submission(
      {
        migrant: null,
        residence: {
          kind: 'owned',
          certificateType: 'purchase-contract',
          certificateNumber: 'X',
          owner: 'father',
          ownerName: '孙海涛',
          address: '济南市历下区',
          sharePercent: 100,
        },
      },
      { 'marriage-certificate': [{ id: 'u-1' }], 'household-register': [{ id: 'u-2' }] },
    );
    expect(originalsToBring(owned, 'household-property-differ')).toEqual([
      'applicant-id-card',
      'child-id-document',
      'household-register',
      'purchase-contract',
      'marriage-certificate',
    ]);
  });
});
