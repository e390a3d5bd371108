/**
 * Registration points (登记点) for the on-site registration of migrant workers' children
 * (FAQ 10), and their time slots in the 2022 window. Invented addresses; capacities are small so
 * that "full" is easy to reach in tests.
 */
import type { RegistrationPoint } from '../../types';

export const REGISTRATION_POINTS: readonly RegistrationPoint[] = [
  { id: 'pt-lixia', name: '历下区登记点', address: '济南市历下区样例路1号教育服务大厅' },
  { id: 'pt-tianqiao', name: '天桥区登记点', address: '济南市天桥区样例街8号政务服务中心' },
];

export interface SeedSlot {
  id: string;
  pointId: string;
  date: string;
  period: string;
  capacity: number;
}

const DATES = ['2022-07-06', '2022-07-07', '2022-07-08'];
const PERIODS = [
  { key: 'am', period: '09:00-11:30' },
  { key: 'pm', period: '14:00-17:00' },
];

/** Every slot: each point, each date, morning and afternoon, 3 places each. */
export const SEED_SLOTS: readonly SeedSlot[] = REGISTRATION_POINTS.flatMap((point) =>
  DATES.flatMap((date) =>
    PERIODS.map(({ key, period }) => ({
      id: `${point.id}-${date}-${key}`,
      pointId: point.id,
      date,
      period,
      capacity: 3,
    })),
  ),
);
