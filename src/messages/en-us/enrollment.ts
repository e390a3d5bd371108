import type { Messages } from '../catalog';

/** The enrollment journey's own words (PRODUCT.md; FAQ 1, 2, 5, 6, 8, 9, 10, 11, 14). */
export const enrollment: Messages['enrollment'] = {
  title: 'Primary school enrollment registration',
  whoMayApply: 'Only a parent of the child may register.',
  recommendation:
    'We recommend registering as the parent whose household register (户口簿) includes the child. If both parents share the child’s household and one of them owns a home downtown, register as the owner. More of your answers can then be verified automatically, so you fill in fewer fields and upload fewer photos.',
  tasksTitle: 'Registration tasks',
  sections: {
    child: 'Basic information',
    guardian: 'Guardian',
    household: 'Household registration',
    residence: 'Residence and property',
    migrant: 'Children of migrant workers',
    school: 'School',
    materials: 'Upload documents',
  },
  status: {
    'not-started': 'Not started',
    'in-progress': 'In progress',
    completed: 'Completed',
    'cannot-start': 'Cannot start yet',
    problem: 'Needs changes',
    'not-needed': 'Not needed',
  },
  stepOf: 'Step {step} of {total}',
  checkAnswers: 'Check and submit',
  checkAnswersNotReady: 'Complete all the tasks above before you check and submit.',
  windowClosedNotice: 'Registration has closed. You can view, but not change or delete.',
  windowNotOpenNotice: 'Registration has not opened yet. You can fill in the form once it opens.',
  category: {
    'household-property-match': 'Household and property match',
    'household-property-differ': 'Household and property differ',
    'migrant-worker': 'Child of migrant workers',
    other: 'Other',
  },
  categoryNotes: {
    'household-property-match':
      'The child’s household is registered downtown, and the family owns a home at that address, belonging to the household head or a parent.',
    'household-property-differ':
      'The child’s household is registered downtown, but the home is at another address, rented, or owned by someone other than the head or a parent (a grandparent, for example).',
    'migrant-worker':
      'The child’s household is registered outside downtown and the parents live and work downtown. After registering online, book a visit to a registration point.',
    other: 'Another category set by the education bureau.',
  },
  derivedFacts: 'Sex and date of birth were read from the ID number: {sex}, {birthDate}',
  ineligibleTitle: 'The child is not in this year’s age range for first grade',
  ineligibleTooYoung:
    'Children starting school this year were born between {from} and {to}. The child you entered was born on {birthDate}, after that range. Please register next year.',
  ineligibleTooOld:
    'Children starting school this year were born between {from} and {to}. The child you entered was born on {birthDate}, before that range. If the child needs a school place or a transfer, ask the school where the household is registered, or use the primary and secondary school transfer registration.',
  ineligibleFix: 'If the ID number is wrong, go back and correct it.',
  ineligibleBack: 'Go back and change the child’s details',
  otherParentQuestion: 'Do you want to give the details of the child’s other parent?',
  noSchools:
    'No catchment school was found for this address. Check the address, or call the help line.',
  // Follows the field's hint sentence, hence the leading space.
  schoolsFor: ' Address: {address}',
};
