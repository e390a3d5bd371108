import { computeCheckDigit } from '../identity/check-digit';
import { verificationRequestFor, verificationRequestKey } from './verification-request';

const BODY = '37010220160315001';
const CHILD_ID = `${BODY}${computeCheckDigit(BODY)}`;
const WRONG_CHECK_DIGIT = `${BODY}${CHILD_ID.endsWith('0') ? '1' : '0'}`;
const TODAY = '2022-07-05';

describe('verificationRequestFor', () => {
  it('waits until the child has a name and a valid ID number', () => {
    expect(
      verificationRequestFor({ child: { name: '李小明', idType: 'resident-id' } }, TODAY),
    ).toBeNull();
    expect(
      verificationRequestFor(
        {
          child: {
            name: '李小明',
            idType: 'resident-id',
            idNumber: WRONG_CHECK_DIGIT,
          },
        },
        TODAY,
      ),
    ).toBeNull();
  });

  it('asks about the property certificate only for an owned home', () => {
    const request = verificationRequestFor(
      {
        child: { name: ' 李小明 ', idType: 'resident-id', idNumber: CHILD_ID.toLowerCase() },
        residence: { kind: 'rented', certificateNumber: '鲁(2021)济南市不动产权第0123456号' },
      },
      TODAY,
    );
    expect(request).toEqual({
      childIdNumber: CHILD_ID,
      childName: '李小明',
      propertyCertificateNumber: null,
      residencePermitNumber: null,
    });
  });

  it('gives the same key for the same identifiers and another key when one changes', () => {
    const base = { child: { name: '李小明', idType: 'resident-id' as const, idNumber: CHILD_ID } };
    const first = verificationRequestFor(base, TODAY)!;
    const withHome = verificationRequestFor(
      { ...base, residence: { kind: 'owned', certificateNumber: 'X1' } },
      TODAY,
    )!;
    expect(verificationRequestKey(first)).toBe(verificationRequestKey({ ...first }));
    expect(verificationRequestKey(withHome)).not.toBe(verificationRequestKey(first));
  });
});
