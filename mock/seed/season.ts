/** The 2022 season as the mock gateway serves it (`GET /config`). Dates from the 2022 notices. */
import type { SeasonConfig } from '../../types';

/**
 * The help line parents are given: Jinan's 12345 citizen service hotline, which answers
 * enrollment and transfer questions on the bureau's behalf around the clock.
 */
export const BUREAU_HELP_LINE = '0531-12345';

export const SEASON_2022: SeasonConfig = {
  season: 2022,
  windows: {
    enrollment: {
      opensAt: '2022-07-01T08:00:00+08:00',
      closesAt: '2022-07-10T18:00:00+08:00',
    },
    transfer: {
      opensAt: '2022-07-01T08:00:00+08:00',
      closesAt: '2022-07-20T18:00:00+08:00',
    },
  },
  enrollmentBirthRange: { from: '2015-09-01', to: '2016-08-31' },
  helpLine: BUREAU_HELP_LINE,
  otherCategories: [
    {
      id: 'entitled-groups',
      name: '优抚对象子女',
      description:
        '现役军人、烈士、因公牺牲军人及公安英烈等优抚对象的子女，按有关政策登记并提交证明材料。',
    },
    {
      id: 'high-level-talent',
      name: '高层次人才子女',
      description: '经认定的高层次人才子女，凭人才认定证明登记，由区教育和体育局审核。',
    },
    {
      id: 'hmt-and-foreign',
      name: '港澳台及外籍人员子女',
      description: '持港澳台居民居住证、回乡证、台胞证或外国护照的儿童，按有关规定登记。',
    },
  ],
};
