import type { Messages } from '../catalog';

/** Each question's own words for a refused answer (see the Chinese module). */
export const fieldProblems: Messages['fieldProblems'] = {
  'child.name': {
    required: 'Enter the child’s name',
    characters:
      'The child’s name can contain only Chinese characters; a foreign name as on the document may also contain letters and the middle dot',
    'too-long': 'The child’s name is too long. Enter it as on the household register or ID',
  },
  'child.idType': { required: 'Select the child’s ID document type' },
  'child.idNumber': {
    required: 'Enter the child’s ID number',
    length: 'A resident ID number has 18 characters. Check how many you entered',
    characters: 'An ID number has only digits; the last character of a resident ID may be X',
    prefix: 'The start of the ID number is wrong. Check it against the child’s document',
    region: 'The first 6 digits are not a real region code. Check them digit by digit',
    'birth-date': 'Digits 7 to 14 are the date of birth, and that date does not exist. Check them',
    checksum:
      'The last character does not match the digits before it; one may be mistyped. Check digit by digit',
    'same-as-applicant': 'This is your own ID number. Enter the child’s ID number',
  },
  'child.sex': { required: 'Select the child’s sex' },
  'child.birthDate': {
    required: 'Select the child’s date of birth',
    format: 'Select the child’s date of birth',
    'future-date': 'The date of birth cannot be after today. Select it again',
  },
  'child.ethnicity': {
    required: 'Select the child’s ethnic group',
    'invalid-choice': 'Select the child’s ethnic group from the list',
  },
  'child.contactMobile': {
    required: 'Enter a contact mobile number',
    format: 'A mobile number has 11 digits and starts with 1, for example 139 1234 5678',
  },
  'student.currentSchool': { required: 'Enter the full name of the student’s current school' },
  'student.currentDistrict': { required: 'Enter the district of the current school' },
  'student.currentGrade': { required: 'Select the student’s current grade' },
  'student.statusNumber': {
    required: 'Enter the national student status number',
    prefix:
      'A national student status number starts with G or L. Check it against the status card or enrolment certificate',
    length: 'A national student status number is G or L plus 18 characters, 19 in all. Check it',
    characters: 'A national student status number has only letters and digits. Check it',
    checksum: 'The last character of the ID number after G does not match. Check it digit by digit',
    'status-number-mismatch':
      'The number after G must be the student’s own resident ID number. Check it',
  },
  'guardian.applicantRole': { required: 'Select whether you are the child’s father or mother' },
  'guardian.otherParent.name': { required: 'Enter the other parent’s name' },
  'guardian.otherParent.idType': { required: 'Select the other parent’s ID document type' },
  'guardian.otherParent.idNumber': {
    required: 'Enter the other parent’s ID number',
    length: 'A resident ID number has 18 characters. Check how many you entered',
    checksum:
      'The last character does not match the digits before it; one may be mistyped. Check digit by digit',
    'same-as-applicant': 'This is your own ID number. Enter the other parent’s number',
    'same-as-child': 'This is the child’s ID number. Enter the other parent’s number',
  },
  'guardian.otherParent.mobile': {
    format: 'A mobile number has 11 digits and starts with 1, for example 139 1234 5678',
  },
  'household.head': { required: 'Select whose household register the child is on' },
  'household.headName': { required: 'Enter the name of the head of household' },
  'household.address': {
    required: 'Enter the registered household address',
    'too-short': 'The household address is incomplete. Include the house number',
    'not-downtown':
      'This address is not downtown. Check it, or answer “No” to whether the household is registered downtown',
  },
  'household.inDowntown': { required: 'Select whether the household is registered downtown' },
  'residence.kind': { required: 'Select which kind of home you live in now' },
  'residence.certificateType': { required: 'Select the property document type' },
  'residence.certificateNumber': {
    required: 'Enter the number on the property document',
    format: 'The number does not match the chosen document type. Check it against the document',
  },
  'residence.owner': { required: 'Select how the owner is related to the child' },
  'residence.ownerName': { required: 'Enter the owner’s name' },
  'residence.sharePercent': {
    required: 'Enter the owner’s share; 100 for sole ownership',
    range: 'The share must be between 1 and 100',
    format: 'Enter the share in digits, for example 50 or 33.3',
  },
  'residence.address': {
    required: 'Enter the address of the home',
    'too-short': 'The address is incomplete. Include the building, unit and room',
    'not-downtown': 'This address is not downtown. Check it',
  },
  'migrant.residencePermitNumber': {
    required: 'Enter the residence permit number',
    format: 'The residence permit number is not in the right format. Check it against the permit',
  },
  'migrant.livelihood': { required: 'Select how the parent works' },
  'migrant.employerOrLicence': {
    required: 'Employees enter the employer’s name; business owners the unified social credit code',
    format:
      'A unified social credit code has 18 digits and capital letters. Check it against the business licence',
  },
  'migrant.socialInsuranceMonths': {
    required: 'Enter the months of continuous social insurance payments in Jinan',
    'not-whole-number': 'Enter the months as a whole number',
    format: 'Enter the months in digits, for example 12',
    range: 'That number of months is not possible. Check it',
  },
  'transfer.targetGrade': {
    required: 'Select the grade applied for',
    'grade-below-current': 'The grade applied for cannot be lower than the current grade',
    'graduate-to-grade-7': 'Primary school graduates can apply for grade 7 only',
  },
  'transfer.reason': { required: 'Select the reason for the transfer' },
  'transfer.reasonNote': {
    required: 'Explain the reason for the transfer briefly',
    'too-short': 'Write at least 5 characters',
    'too-long': 'Write at most 200 characters',
  },
  schoolId: { required: 'Select a school' },
};
