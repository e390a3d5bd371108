import type { Messages } from '../catalog';

/** The service guide a parent reads before the first question. */
export const guide: Messages['guide'] = {
  title: 'Service guide',
  whoTitle: 'Who may register',
  materialsTitle: 'What to have ready',
  windowTitle: 'When',
  window: '{opensAt} to {closesAt}',
  durationTitle: 'How long it takes',
  afterTitle: 'After you submit',
  start: 'Start registration',
  resume: 'Continue',
  show: 'Show the service guide',
  hide: 'Hide the service guide',
  enrollment: {
    who: 'A parent (the father or the mother) of a child starting first grade this year.',
    advice:
      'We recommend registering as the parent whose household register (户口簿) includes the child. If both parents share the child’s household and one of them owns a home downtown, register as the owner. More of your answers can then be verified automatically, so you fill in fewer fields and upload fewer photos.',
    siblings:
      'Registering several children: when one is done, tap “Register another child” in My registrations.',
    materials: [
      "The child's resident ID number (a Hong Kong, Macao or Taiwan residence permit or home-return permit also works)",
      'The household register; if the child is in another household register, papers that show your relationship (such as the birth medical certificate or the marriage certificate)',
      'Proof of the home: real estate title certificate, property certificate or purchase contract; if you rent, the tenancy proof',
      "Migrant workers' children: residence permit, proof of employment or business, social insurance record",
    ],
    photoAdvice:
      'Take the photos on your phone beforehand: at most 5 MB each, the document sharp with nothing else in the picture; save pictures received in WeChat as the original before uploading.',
    duration:
      'About 5 minutes when your details fill in automatically; about 20 minutes when you type them and upload photos. Everything is saved as you go, so you can continue later.',
    after:
      "The school or registration point reviews it; follow it in My registrations. Submitting is not admission: the school tells you the result by telephone. Migrant workers' children also book an on-site registration.",
  },
  transfer: {
    who: 'A parent of a student moving to a downtown school, or of a primary school graduate applying to a downtown junior high school.',
    advice:
      'We recommend registering as the parent whose household register (户口簿) includes the student. If both parents share the student’s household and one of them owns a home downtown, register as the owner. More of your answers can then be verified automatically, so you fill in fewer fields and upload fewer photos.',
    siblings:
      'Several children of one family may transfer at the same time, to different grades: when one is done, tap “Register another child” in My registrations.',
    materials: [
      "The student's resident ID number (a Hong Kong, Macao or Taiwan residence permit or home-return permit also works)",
      "The student's current school, grade and student status number",
      'The household register, and proof of the home (title certificate, property certificate, purchase contract) or the tenancy proof',
      'Proof of the reason for the transfer (such as a household move or a change of residence)',
    ],
    photoAdvice:
      'Take the photos on your phone beforehand: at most 5 MB each, the document sharp with nothing else in the picture; save pictures received in WeChat as the original before uploading.',
    duration:
      'About 10 minutes when your details fill in automatically; about 25 minutes when you type them and upload photos. Everything is saved as you go, so you can continue later.',
    after:
      'The school or registration point reviews it; follow it in My registrations. Submitting is not admission: the school tells you the result by telephone.',
  },
};
