import type { Messages } from '../catalog';

export const waitingRoom: Messages['waitingRoom'] = {
  title: 'Many people are registering right now',
  saved: 'Your answers are saved and will not be lost.',
  countdown: 'Trying again in {seconds} s',
  retrying: 'Trying again…',
  stay: 'The app tries again by itself; there is no need to submit again. You can leave and come back to continue.',
};
