import type { Messages } from '../catalog';

/** Questions of the enrollment form, by answer path (src/domain/registration/field-paths.ts). */
export const enrollmentFields: Messages['enrollmentFields'] = {
  'child.name': {
    label: 'Child’s name',
    hint: 'As on the household register or the ID document.',
  },
  'child.idType': { label: 'Child’s ID document type' },
  'child.idNumber': {
    label: 'Child’s ID number',
    hint: 'A resident ID number has 18 characters; if it ends in X, type X. A foreigner’s permanent residence ID card has 15 characters (starting with 3 letters) or 18 (starting with 9).',
  },
  'child.sex': { label: 'Child’s sex' },
  'child.birthDate': {
    label: 'Child’s date of birth',
    hint: 'Choose the date of birth on the ID document.',
  },
  'child.ethnicity': { label: 'Ethnic group' },
  'child.contactMobile': {
    label: 'Contact mobile number',
    hint: '11 digits, for example 139 1234 5678. Filled in with the number you registered with Love Shandong; you can change it to the number the school should call.',
  },
  'guardian.applicantRole': {
    label: 'You are the child’s',
    hint: 'Only the child’s father or mother may register.',
  },
  'guardian.otherParent.name': { label: 'Name of the child’s other parent', hint: 'Optional.' },
  'guardian.otherParent.idType': { label: 'Other parent’s ID document type' },
  'guardian.otherParent.idNumber': { label: 'Other parent’s ID number' },
  'guardian.otherParent.mobile': {
    label: 'Other parent’s mobile number',
    hint: 'Optional. 11 digits, for example 139 1234 5678.',
  },
  'household.head': { label: 'Whose household register is the child on (head of household)' },
  'household.headName': { label: 'Name of the head of household' },
  'household.address': {
    label: 'Registered household address',
    hint: 'As on the household register: choose the district first, then the street and number or the compound, then the building, unit and room.',
  },
  'household.inDowntown': {
    label: 'Is the household registered downtown?',
    hint: 'Downtown means Lixia, Shizhong, Huaiyin, Tianqiao, Licheng and Changqing districts and the Jinan High-tech Zone; choose “Yes” if the address on the household register’s first page is in one of them.',
  },
  'residence.kind': { label: 'The home you live in now' },
  'residence.certificateType': { label: 'Property document type' },
  'residence.certificateNumber': {
    label: 'Document number',
    hint: 'A real estate certificate looks like: 鲁(2021)济南市不动产权第0123456号.',
  },
  'residence.owner': { label: 'The owner is the child’s' },
  'residence.ownerName': { label: 'Owner’s name' },
  'residence.sharePercent': { label: 'Owner’s share (%)', hint: 'Enter 100 for sole ownership.' },
  'residence.address': {
    label: 'Address of the home',
    hint: 'As on the property certificate or tenancy contract: choose the district first, then the street and number or the compound, then the building, unit and room.',
  },
  'student.currentSchool': {
    label: 'Current school',
    hint: 'The school’s full name, for example a primary school in Huaiyin District.',
  },
  'student.currentDistrict': {
    label: 'District of the current school',
    hint: 'For example Huaiyin District, Jinan.',
  },
  'student.currentGrade': { label: 'Current grade' },
  'student.statusNumber': {
    label: 'National student status number',
    hint: 'G followed by the student’s 18-character resident ID number; students without a resident ID when first registered: L followed by 18 letters or digits.',
  },
  'transfer.targetGrade': {
    label: 'Grade applied for',
    hint: 'Not lower than the current grade; primary school graduates choose grade 7.',
  },
  'transfer.reason': { label: 'Reason for the transfer' },
  'transfer.reasonNote': { label: 'Explain the reason briefly', hint: '5 to 200 characters.' },
  'migrant.residencePermitNumber': { label: 'Residence permit number' },
  'migrant.livelihood': { label: 'How the parent works' },
  'migrant.employerOrLicence': {
    label: 'Employer’s name or the business licence’s unified social credit code',
    hint: 'Employees enter the employer’s name; business owners enter the 18-character credit code.',
  },
  'migrant.socialInsuranceMonths': {
    label: 'Months of continuous social insurance payments in Jinan',
  },
  schoolId: {
    label: 'School to register with',
    hint: 'These are the catchment schools for your home address.',
  },
};

/** Answers shown as words (check-your-answers, choices). */
export const enrollmentChoices: Messages['enrollmentChoices'] = {
  idType: {
    'resident-id': 'Resident ID card',
    'hmt-residence-permit': 'Residence permit for Hong Kong, Macao and Taiwan residents',
    'home-return-permit': 'Mainland travel permit for Hong Kong and Macao residents',
    'taiwan-permit': 'Mainland travel permit for Taiwan residents',
    'foreign-permanent-residence': 'Foreigner’s permanent residence ID card',
  },
  sex: { male: 'Male', female: 'Female' },
  role: { father: 'Father', mother: 'Mother' },
  kin: {
    father: 'Father',
    mother: 'Mother',
    'paternal-grandfather': 'Paternal grandfather',
    'paternal-grandmother': 'Paternal grandmother',
    'maternal-grandfather': 'Maternal grandfather',
    'maternal-grandmother': 'Maternal grandmother',
    other: 'Other',
  },
  yesNo: { true: 'Yes', false: 'No' },
  residenceKind: { owned: 'Own home', rented: 'Rented', other: 'Other (living with others, etc.)' },
  certificateType: {
    'real-estate-certificate': 'Real estate ownership certificate',
    'house-ownership-certificate': 'House ownership certificate',
    'purchase-contract': 'Purchase contract',
  },
  livelihood: {
    employed: 'Employed',
    'self-employed': 'Runs a business (self-employed or company)',
  },
  hasOtherParent: { yes: 'Give the other parent’s details', no: 'Not now' },
  grade: {
    '1': 'Grade 1',
    '2': 'Grade 2',
    '3': 'Grade 3',
    '4': 'Grade 4',
    '5': 'Grade 5',
    '6': 'Grade 6',
    'primary-graduate': 'Primary school graduate',
    '7': 'Grade 7 (junior high 1)',
    '8': 'Grade 8 (junior high 2)',
    '9': 'Grade 9 (junior high 3)',
  },
  transferReason: {
    'household-move': 'Household registration moved',
    'residence-change': 'Change of residence',
    other: 'Other lawful reason',
  },
};
