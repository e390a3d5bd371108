import { MATERIAL_KINDS, type MaterialInfo, type School } from '../../types';
import { SEED_CHILDREN } from '../seed/children';
import { createGateway } from '../router';
import { asResponse, call, dataOf, signIn } from '../test-support';

async function signedIn() {
  const gateway = createGateway();
  const { token } = await signIn(gateway);
  return { gateway, token };
}

async function schools(subsystem: string, address: string) {
  const { gateway, token } = await signedIn();
  const reply = await call(gateway, 'POST', '/schools/search', {
    token,
    body: { subsystem, address, grade: null },
  });
  return dataOf<School[]>(reply);
}

describe('GET /materials', () => {
  it('describes every material kind of the contract in Chinese, once, in contract order', async () => {
    const { gateway, token } = await signedIn();
    const list = dataOf<MaterialInfo[]>(await call(gateway, 'GET', '/materials', { token }));
    expect(list.map((item) => item.kind)).toEqual([...MATERIAL_KINDS]);
    for (const item of list) {
      expect(item.name).toMatch(/[\u4e00-\u9fff]/);
      expect(item.description).toMatch(/[\u4e00-\u9fff]/);
      expect(item.minPhotos).toBeGreaterThanOrEqual(1);
      expect(item.maxPhotos).toBeGreaterThanOrEqual(item.minPhotos);
    }
  });

  it('asks for both pages of the household register and the contract with its filing page', async () => {
    const { gateway, token } = await signedIn();
    const list = dataOf<MaterialInfo[]>(await call(gateway, 'GET', '/materials', { token }));
    const byKind = new Map(list.map((item) => [item.kind, item]));
    expect(byKind.get('household-register')).toMatchObject({
      name: '户口簿（户主页及孩子页）',
      minPhotos: 2,
      maxPhotos: 6,
    });
    expect(byKind.get('property-certificate')).toMatchObject({ minPhotos: 1, maxPhotos: 4 });
    expect(byKind.get('purchase-contract')).toMatchObject({
      name: '购房合同（含备案页）',
      minPhotos: 2,
      maxPhotos: 10,
    });
    expect(byKind.get('police-kinship-certificate')?.name).toBe('派出所出具的亲属关系证明');
  });

  it('answers without a session: the catalogue is public, like the season', async () => {
    const list = dataOf<MaterialInfo[]>(await call(createGateway(), 'GET', '/materials'));
    expect(list.map((item) => item.kind)).toEqual([...MATERIAL_KINDS]);
  });
});

describe('POST /schools/search', () => {
  it.each([
    ['济南市历下区样例路100号', '历下区'],
    ['山东省济南市市中区示例街8号', '市中区'],
    ['槐荫区样例大街6号', '槐荫区'],
    ['济南市天桥区样例北路15号', '天桥区'],
    ['济南市历城区样例路20号', '历城区'],
  ])('answers the catchment schools of %s', async (address, district) => {
    const list = await schools('enrollment', address);
    expect(list.length).toBeGreaterThan(0);
    for (const school of list) {
      expect(school).toMatchObject({ district, remainingPlaces: null });
      expect(school.name).toContain(district);
      // Each school's own street address, in its district.
      expect(school.address).toMatch(new RegExp(`^济南市${district}.+[路街]\\d+号$`));
    }
  });

  it('answers no school for an address outside the downtown districts', async () => {
    expect(await schools('enrollment', '济南市章丘区样例路1号')).toEqual([]);
    expect(await schools('enrollment', '山东省枣庄市市中区样例路1号')).toEqual([]);
  });

  it('publishes the remaining places for transfer only', async () => {
    const list = await schools('transfer', '济南市历下区样例路100号');
    expect(list.map((school) => school.remainingPlaces)).toEqual([6, 0]);
  });

  it('answers 422 VALIDATION_FAILED without a known subsystem or an address', async () => {
    const { gateway, token } = await signedIn();
    const body = { subsystem: 'admission', address: ' ' };
    const reply = asResponse(await call(gateway, 'POST', '/schools/search', { token, body }));
    expect(reply.status).toBe(422);
    expect(reply.body).toMatchObject({
      error: {
        code: 'VALIDATION_FAILED',
        fields: [
          { field: 'subsystem', code: 'invalid' },
          { field: 'address', code: 'required' },
        ],
      },
    });
  });
});

describe('GET /__mock/children', () => {
  it('lists the seeded children, one per seeded parent, without a session', async () => {
    const reply = await call(createGateway(), 'GET', '/__mock/children');
    const list = dataOf<{ parentId: string; childName: string; childIdNumber: string }[]>(reply);
    expect(list).toHaveLength(SEED_CHILDREN.length);
    expect(list[0]).toEqual({
      parentId: 'p-all-verified',
      childName: '李沐阳',
      childIdNumber: '370102201510180033',
    });
  });
});
