import type { Messages } from '../catalog';

/** The transfer journey's own words (PRODUCT.md, Transfer adds; FAQ 1, 2, 13). */
export const transfer: Messages['transfer'] = {
  title: 'Primary and secondary school transfer application registration',
  whoMayApply:
    'Only the student’s parents may register. Students transferring into downtown schools, and primary school graduates applying to a downtown junior high school, register here (FAQ 1).',
  recommendation:
    'Several children of one family may transfer at the same time, to different grades: finish one child’s registration, then register the next from My registrations (FAQ 13).',
  sections: {
    child: 'Basic information',
    student: 'Current school',
    guardian: 'Guardian',
    household: 'Household registration',
    residence: 'Residence and property',
    migrant: 'Children of migrant workers',
    school: 'Target school',
    transfer: 'Transfer application',
    materials: 'Upload documents',
  },
  // Follows the field's hint sentence, hence the leading space.
  schoolsFor: ' Address: {address}; applying for {grade}',
  remainingPlaces: '{count} places left',
  noPlaces: 'No places left',
  chooseGradeFirst: 'Choose the grade applied for first.',
};
