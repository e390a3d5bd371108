import type { MaterialRequirement } from './material-requirement';
import { missingMaterials, photosNeeded } from './missing-materials';

const PHOTO = { id: 'u', bytes: 1, width: 2400, height: 1800, sha256: 'a', mimeType: 'image/jpeg' };
const REGISTER: MaterialRequirement = {
  id: 'household-register',
  anyOf: ['household-register'],
  reason: 'household-not-verified',
};
const KINSHIP: MaterialRequirement = {
  id: 'parent-relationship',
  anyOf: ['birth-medical-certificate', 'marriage-certificate'],
  reason: 'owner-parent-not-in-household',
};

describe('photosNeeded', () => {
  it('takes the catalogue count, and one photo for a kind the catalogue lacks', () => {
    expect(photosNeeded(REGISTER, { 'household-register': 3 })).toBe(3);
    expect(photosNeeded(REGISTER, {})).toBe(1);
  });

  it('takes the most lenient alternative and never less than one', () => {
    expect(
      photosNeeded(KINSHIP, { 'birth-medical-certificate': 2, 'marriage-certificate': 1 }),
    ).toBe(1);
    expect(photosNeeded(REGISTER, { 'household-register': 0 })).toBe(1);
  });
});

describe('missingMaterials', () => {
  it('lists requirements short of photos with the counts', () => {
    const uploads = { 'household-register': [PHOTO] };
    expect(missingMaterials([REGISTER, KINSHIP], uploads, { 'household-register': 2 })).toEqual([
      { ...REGISTER, uploaded: 1, needed: 2 },
      { ...KINSHIP, uploaded: 0, needed: 1 },
    ]);
  });

  it('is empty once every requirement has its photos', () => {
    const uploads = { 'household-register': [PHOTO, PHOTO], 'parent-relationship': [PHOTO] };
    expect(missingMaterials([REGISTER, KINSHIP], uploads, { 'household-register': 2 })).toEqual([]);
  });

  it('does not count photos uploaded under another requirement', () => {
    expect(missingMaterials([REGISTER], { 'property-certificate': [PHOTO] }, {})).toHaveLength(1);
  });
});
