/**
 * The bad-input corpus of the child's ID question (issue 8, opening-day hardening): what parents
 * really type, each row with the exact reason the rules give, and a Chinese instruction for every
 * reason. Dates are the mock gateway's season: today 2022-07-05, eligible births 2015-09-01 to
 * 2016-08-31. Every number is invented; valid ones are checksum-correct (GB 11643-1999).
 */
import { checkIdNumber, CHILD_RULES } from '../registration/child-rules';
import type { EnrollmentContext, EnrollmentDraft } from '../registration/draft';
import { enrollmentProblems } from '../../messages/zh-cn/enrollment-problems';
import { validateIdDocument, type IdDocumentProblem, type IdDocumentType } from './id-document';

const TODAY = '2022-07-05';
const CONTEXT: EnrollmentContext = {
  today: TODAY,
  birthRange: { from: '2015-09-01', to: '2016-08-31' },
  applicant: { idNumber: '370102198603140132', mobile: '13900000001' },
};

type Expected = IdDocumentProblem | 'ok';
type Row = [description: string, type: IdDocumentType, raw: string, expected: Expected];

const RESIDENT_ID: Row[] = [
  ['a seeded child', 'resident-id', '370102201510180033', 'ok'],
  ['a check character X', 'resident-id', '37010220180615001X', 'ok'],
  ['a lower-case x check character', 'resident-id', '37010220180615001x', 'ok'],
  ['full-width digits', 'resident-id', '３７０１０２２０１５１０１８００３３', 'ok'],
  ['a full-width lower-case x', 'resident-id', '37010220180615001ｘ', 'ok'],
  ['spaces and a tab around and inside', 'resident-id', ' 370102 20151018 0033\t', 'ok'],
  ['an ideographic space inside', 'resident-id', '370102\u300020151018\u30000033', 'ok'],
  ['29 February of a leap year (2016)', 'resident-id', '370102201602290029', 'ok'],
  ['the earliest birth date, 1900-01-01', 'resident-id', '370102190001010019', 'ok'],
  ['a birth date of today (the gateway date)', 'resident-id', '370102202207050011', 'ok'],
  ['Taiwan province code 71 with no city part', 'resident-id', '710000201601010027', 'ok'],
  ['Beijing (11), another province', 'resident-id', '110101201601010019', 'ok'],
  ['Xinjiang (65), the last mainland range', 'resident-id', '650102201601010010', 'ok'],
  ['nothing typed', 'resident-id', '', 'empty'],
  ['only spaces, half- and full-width', 'resident-id', '  \u3000 ', 'empty'],
  ['17 characters (check character forgotten)', 'resident-id', '37010220151018003', 'length'],
  ['19 characters (a digit typed twice)', 'resident-id', '3701022015101800333', 'length'],
  ['the old 15-digit number', 'resident-id', '370102151018003', 'length'],
  ['a permit number in the resident ID field', 'resident-id', 'H12345678', 'length'],
  ['X in the middle', 'resident-id', '3701022015X0180033', 'characters'],
  ['a letter O for a zero', 'resident-id', '37O102201510180033', 'characters'],
  ['dashes between the parts', 'resident-id', '370102-20151018-03', 'characters'],
  ['a full-width dash', 'resident-id', '370102201510180－33', 'characters'],
  ['unknown province 99', 'resident-id', '990102201601010019', 'region'],
  ['unknown province 10', 'resident-id', '100102201601010013', 'region'],
  ['a province with city part 00', 'resident-id', '370000201601010015', 'region'],
  ['30 February (20150230)', 'resident-id', '370102201502300015', 'birth-date'],
  ['29 February of a common year (20150229)', 'resident-id', '370102201502290013', 'birth-date'],
  ['31 June', 'resident-id', '370102201606310015', 'birth-date'],
  ['month 13', 'resident-id', '370102201613010010', 'birth-date'],
  ['day 00', 'resident-id', '370102201601000018', 'birth-date'],
  ['born 1899-12-31, before the earliest date', 'resident-id', '370102189912310014', 'birth-date'],
  ['born tomorrow (a future date)', 'resident-id', '370102202207060017', 'birth-date'],
  ['a wrong check digit', 'resident-id', '370102201510180034', 'checksum'],
  ['X where a digit is due', 'resident-id', '37010220151018003X', 'checksum'],
  ['two neighbouring digits swapped', 'resident-id', '370102201510180303', 'checksum'],
];

const PERMITS: Row[] = [
  ['Hong Kong residents (81)', 'hmt-residence-permit', '810000201601010012', 'ok'],
  ['Macau residents (82)', 'hmt-residence-permit', '820000201601010022', 'ok'],
  ['Taiwan residents (83)', 'hmt-residence-permit', '830000201601010032', 'ok'],
  [
    'a mainland number as a residence permit',
    'hmt-residence-permit',
    '370102201510180033',
    'prefix',
  ],
  ['Taiwan province 71 is no permit code', 'hmt-residence-permit', '710000201601010027', 'prefix'],
  ['81 with a city part', 'hmt-residence-permit', '810100201601010012', 'prefix'],
  ['a residence permit of 17 characters', 'hmt-residence-permit', '81000020160101001', 'length'],
  ['an 81 permit with 30 February', 'hmt-residence-permit', '810000201502300019', 'birth-date'],
  [
    'an 81 permit with a wrong check digit',
    'hmt-residence-permit',
    '810000201601010013',
    'checksum',
  ],
  ['nothing typed for a residence permit', 'hmt-residence-permit', '', 'empty'],
  ['home-return permit H', 'home-return-permit', 'H12345678', 'ok'],
  ['home-return permit M', 'home-return-permit', 'M87654321', 'ok'],
  ['home-return permit with lower-case h', 'home-return-permit', 'h12345678', 'ok'],
  ['home-return permit in full-width forms', 'home-return-permit', 'Ｍ１２３４５６７８', 'ok'],
  ['home-return permit starting with another letter', 'home-return-permit', 'K12345678', 'prefix'],
  ['home-return permit with no letter', 'home-return-permit', '123456789', 'prefix'],
  ['home-return permit with a letter inside', 'home-return-permit', 'H1234567A', 'characters'],
  ['home-return permit of 8 characters', 'home-return-permit', 'H1234567', 'length'],
  [
    'home-return permit of 11 characters (old booklet)',
    'home-return-permit',
    'H1234567801',
    'length',
  ],
  ['nothing typed for a home-return permit', 'home-return-permit', ' ', 'empty'],
  ['Taiwan permit of 8 digits', 'taiwan-permit', '12345678', 'ok'],
  ['Taiwan permit in full-width digits', 'taiwan-permit', '１２３４５６７８', 'ok'],
  ['Taiwan permit of 7 digits', 'taiwan-permit', '1234567', 'length'],
  ['Taiwan permit of 10 characters (old booklet)', 'taiwan-permit', '1234567801', 'length'],
  ['Taiwan permit with a letter', 'taiwan-permit', '1234567A', 'characters'],
  ['nothing typed for a Taiwan permit', 'taiwan-permit', '', 'empty'],
];

const ALL_ROWS = [...RESIDENT_ID, ...PERMITS];

/** Every reason the identity rules can give; `satisfies` fails to compile if the union grows. */
const IDENTITY_REASONS = [
  'empty',
  'length',
  'characters',
  'prefix',
  'region',
  'birth-date',
  'checksum',
] as const satisfies readonly IdDocumentProblem[];

function reasonOf(type: IdDocumentType, raw: string): Expected {
  const result = validateIdDocument(type, raw, TODAY);
  return result.ok ? 'ok' : result.reason;
}

function childDraft(child: NonNullable<EnrollmentDraft['child']>): EnrollmentDraft {
  return { child };
}

describe('the ID number corpus', () => {
  it('holds at least 40 rows and every identity reason at least once', () => {
    expect(ALL_ROWS.length).toBeGreaterThanOrEqual(40);
    const seen = new Set(ALL_ROWS.map(([, , , expected]) => expected));
    expect(IDENTITY_REASONS.filter((reason) => !seen.has(reason))).toEqual([]);
  });

  it.each(ALL_ROWS)('judges %s (%s): %s is %s', (_description, type, raw, expected) => {
    expect(reasonOf(type, raw)).toBe(expected);
  });

  it.each(ALL_ROWS)(
    'maps %s (%s) to the problem code the form shows',
    (_d, type, raw, expected) => {
      const code = checkIdNumber(type, raw, TODAY);
      const wanted = expected === 'ok' ? null : expected === 'empty' ? 'required' : expected;
      expect(code).toBe(wanted);
    },
  );
});

describe('the Chinese messages of ID number problems', () => {
  it.each(IDENTITY_REASONS.map((reason) => [reason]))(
    'tells the parent what to do about %s in Chinese',
    (reason) => {
      const code = reason === 'empty' ? 'required' : reason;
      const message: string | undefined = (enrollmentProblems as Record<string, string>)[code];
      expect(message).toMatch(/[\u4e00-\u9fff]{2,}/);
    },
  );
});

describe('birth dates of children registered with a travel permit (asked, not encoded)', () => {
  it.each([
    ['the first eligible day', '2015-09-01', null],
    ['the last eligible day', '2016-08-31', null],
    ['29 February 2016', '2016-02-29', null],
    ['nothing typed', '', 'required'],
    ['only spaces', '   ', 'required'],
    ['29 February 2015 (no such day)', '2015-02-29', 'format'],
    ['30 February 2016', '2016-02-30', 'format'],
    ['written without leading zeros', '2016-2-9', 'format'],
    ['written with slashes', '2016/02/09', 'format'],
    ['written in Chinese', '2016年2月9日', 'format'],
    ['tomorrow', '2022-07-06', 'future-date'],
    ['the day before the range', '2015-08-31', 'too-old'],
    ['the day after the range', '2016-09-01', 'too-young'],
    ['1900-01-01', '1900-01-01', 'too-old'],
  ])('judges %s (%s) as %s', (_description, birthDate, expected) => {
    const draft = childDraft({ idType: 'taiwan-permit', idNumber: '12345678', birthDate });
    expect(CHILD_RULES['child.birthDate']?.(draft, CONTEXT)).toBe(expected);
  });

  it.each([
    ['born in range', '370102201510180033', null],
    ['born the day after the range', '370105201609010017', 'too-young'],
    ['born the day before the range', '370102201508310011', 'too-old'],
    ["the same as the applicant's own", '370102198603140132', 'same-as-applicant'],
  ])(
    'judges a resident ID %s by its encoded birth date as %s',
    (_description, idNumber, expected) => {
      const birthDate = `${idNumber.slice(6, 10)}-${idNumber.slice(10, 12)}-${idNumber.slice(12, 14)}`;
      const draft = childDraft({ idType: 'resident-id', idNumber, birthDate });
      expect(CHILD_RULES['child.idNumber']?.(draft, CONTEXT)).toBe(expected);
    },
  );
});
