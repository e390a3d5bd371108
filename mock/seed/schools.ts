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
  /** Real Jinan streets; the house numbers are invented like the schools. */
  address: string;
  /** Places still open for transfer students. */
  transferPlaces: number;
}

export const DOWNTOWN_DISTRICTS = ['历下区', '市中区', '槐荫区', '天桥区', '历城区'] as const;

export const SEED_SCHOOLS: readonly SeedSchool[] = [
  {
    id: 's-lixia-1',
    name: '济南市历下区样例第一小学',
    district: '历下区',
    address: '济南市历下区文化东路56号',
    transferPlaces: 6,
  },
  {
    id: 's-lixia-2',
    name: '济南市历下区样例实验小学',
    district: '历下区',
    address: '济南市历下区历山路132号',
    transferPlaces: 0,
  },
  {
    id: 's-shizhong-1',
    name: '济南市市中区样例第一小学',
    district: '市中区',
    address: '济南市市中区经七路398号',
    transferPlaces: 4,
  },
  {
    id: 's-shizhong-2',
    name: '济南市市中区样例实验小学',
    district: '市中区',
    address: '济南市市中区舜耕路21号',
    transferPlaces: 9,
  },
  {
    id: 's-huaiyin-1',
    name: '济南市槐荫区样例第一小学',
    district: '槐荫区',
    address: '济南市槐荫区阳光新路67号',
    transferPlaces: 12,
  },
  {
    id: 's-tianqiao-1',
    name: '济南市天桥区样例第一小学',
    district: '天桥区',
    address: '济南市天桥区北园大街318号',
    transferPlaces: 7,
  },
  {
    id: 's-tianqiao-2',
    name: '济南市天桥区样例第二小学',
    district: '天桥区',
    address: '济南市天桥区无影山路45号',
    transferPlaces: 3,
  },
  {
    id: 's-licheng-1',
    name: '济南市历城区样例第一小学',
    district: '历城区',
    address: '济南市历城区花园路102号',
    transferPlaces: 10,
  },
];

/** Junior high schools (初中, grades 7-9) for transfer applicants, invented like the others. */
export const SEED_JUNIOR_SCHOOLS: readonly SeedSchool[] = [
  {
    id: 'j-lixia-1',
    name: '济南市历下区样例第一初级中学',
    district: '历下区',
    address: '济南市历下区山大路176号',
    transferPlaces: 5,
  },
  {
    id: 'j-shizhong-1',
    name: '济南市市中区样例实验初级中学',
    district: '市中区',
    address: '济南市市中区英雄山路88号',
    transferPlaces: 8,
  },
  {
    id: 'j-huaiyin-1',
    name: '济南市槐荫区样例第一初级中学',
    district: '槐荫区',
    address: '济南市槐荫区营市街29号',
    transferPlaces: 6,
  },
  {
    id: 'j-tianqiao-1',
    name: '济南市天桥区样例初级中学',
    district: '天桥区',
    address: '济南市天桥区堤口路141号',
    transferPlaces: 4,
  },
  {
    id: 'j-licheng-1',
    name: '济南市历城区样例第二初级中学',
    district: '历城区',
    address: '济南市历城区工业北路219号',
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
      address: school.address,
      remainingPlaces: subsystem === 'transfer' ? school.transferPlaces : null,
    }));
}

/** A school by its id, with the name and address a registration page shows. */
export function schoolInfo(id: string): SchoolInfo | null {
  const school = [...SEED_SCHOOLS, ...SEED_JUNIOR_SCHOOLS].find((entry) => entry.id === id);
  return school ? { id: school.id, name: school.name, address: school.address } : null;
}
