/**
 * Catchment schools of the five downtown districts, invented for the mock (样例 in every name).
 * The real gateway answers from the bureau's catchment map; this one matches the district name
 * in the address.
 */
import type { School, SchoolInfo, Subsystem } from '../../types';

interface SeedSchool {
  id: string;
  name: string;
  district: string;
  /** Places still open for transfer students. */
  transferPlaces: number;
}

export const DOWNTOWN_DISTRICTS = ['历下区', '市中区', '槐荫区', '天桥区', '历城区'] as const;

export const SEED_SCHOOLS: readonly SeedSchool[] = [
  { id: 's-lixia-1', name: '济南市历下区样例第一小学', district: '历下区', transferPlaces: 6 },
  { id: 's-lixia-2', name: '济南市历下区样例实验小学', district: '历下区', transferPlaces: 0 },
  { id: 's-shizhong-1', name: '济南市市中区样例第一小学', district: '市中区', transferPlaces: 4 },
  { id: 's-shizhong-2', name: '济南市市中区样例实验小学', district: '市中区', transferPlaces: 9 },
  { id: 's-huaiyin-1', name: '济南市槐荫区样例第一小学', district: '槐荫区', transferPlaces: 12 },
  { id: 's-tianqiao-1', name: '济南市天桥区样例第一小学', district: '天桥区', transferPlaces: 7 },
  { id: 's-tianqiao-2', name: '济南市天桥区样例第二小学', district: '天桥区', transferPlaces: 3 },
  { id: 's-licheng-1', name: '济南市历城区样例第一小学', district: '历城区', transferPlaces: 10 },
];

/** Junior high schools (初中, grades 7-9) for transfer applicants, invented like the others. */
export const SEED_JUNIOR_SCHOOLS: readonly SeedSchool[] = [
  { id: 'j-lixia-1', name: '济南市历下区样例第一初级中学', district: '历下区', transferPlaces: 5 },
  {
    id: 'j-shizhong-1',
    name: '济南市市中区样例实验初级中学',
    district: '市中区',
    transferPlaces: 8,
  },
  {
    id: 'j-huaiyin-1',
    name: '济南市槐荫区样例第一初级中学',
    district: '槐荫区',
    transferPlaces: 6,
  },
  { id: 'j-tianqiao-1', name: '济南市天桥区样例初级中学', district: '天桥区', transferPlaces: 4 },
  {
    id: 'j-licheng-1',
    name: '济南市历城区样例第二初级中学',
    district: '历城区',
    transferPlaces: 9,
  },
];

/**
 * The downtown district an address lies in: the first district name it mentions, unless a city
 * other than Jinan comes before it (枣庄市市中区 is not Jinan's 市中区). Null when none matches.
 */
export function districtOf(address: string): string | null {
  let best: { district: string; at: number } | null = null;
  for (const district of DOWNTOWN_DISTRICTS) {
    const at = address.indexOf(district);
    if (at >= 0 && (best === null || at < best.at)) best = { district, at };
  }
  if (!best) return null;
  const before = address.slice(0, best.at);
  return before.includes('市') && !before.includes('济南市') ? null : best.district;
}

/**
 * The catchment schools for an address; remaining places are published for transfer only.
 * Transfer to grades 7-9 lists junior high schools, other grades primary schools.
 */
export function findCatchmentSchools(
  subsystem: Subsystem,
  address: string,
  grade: string | null = null,
): School[] {
  const district = districtOf(address);
  const junior = subsystem === 'transfer' && Number(grade) >= 7;
  const schools = junior ? SEED_JUNIOR_SCHOOLS : SEED_SCHOOLS;
  return schools
    .filter((school) => school.district === district)
    .map((school) => ({
      id: school.id,
      name: school.name,
      district: school.district,
      remainingPlaces: subsystem === 'transfer' ? school.transferPlaces : null,
    }));
}

/** Invented street numbers: each seeded school gets its own address in its district. */
function addressOf(school: SeedSchool, index: number): string {
  return `济南市${school.district}样例路${index + 1}号`;
}

/** A school by its id, with the name and address a registration page shows. */
export function schoolInfo(id: string): SchoolInfo | null {
  const all = [...SEED_SCHOOLS, ...SEED_JUNIOR_SCHOOLS];
  const index = all.findIndex((school) => school.id === id);
  const school = all[index];
  return school ? { id: school.id, name: school.name, address: addressOf(school, index) } : null;
}
