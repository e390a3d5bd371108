import { account } from './account';
import { check } from './check';
import { common } from './common';
import { content } from './content';
import { drafts } from './drafts';
import { enrollment } from './enrollment';
import { enrollmentChoices, enrollmentFields } from './enrollment-fields';
import { enrollmentProblems } from './enrollment-problems';
import { errors } from './errors';
import { fieldProblems } from './field-problems';
import { form } from './form';
import { frame } from './frame';
import { gatewayReasons } from './gateway-reasons';
import { guide } from './guide';
import { home } from './home';
import { materials, materialsTable } from './materials';
import { photos } from './photos';
import { pickers } from './pickers';
import { preferences } from './preferences';
import { registrations } from './registrations';
import { signOn } from './sign-on';
import { submission } from './submission';
import { transfer } from './transfer';
import { verification } from './verification';
import { waitingRoom } from './waiting-room';

/** The Simplified Chinese catalogue: the product language (PRODUCT.md, Words on screen). */
export const zhCN = {
  account,
  check,
  common,
  content,
  drafts,
  enrollment,
  enrollmentChoices,
  enrollmentFields,
  enrollmentProblems,
  errors,
  fieldProblems,
  form,
  frame,
  gatewayReasons,
  guide,
  home,
  materials,
  materialsTable,
  photos,
  pickers,
  preferences,
  registrations,
  signOn,
  submission,
  transfer,
  verification,
  waitingRoom,
};
