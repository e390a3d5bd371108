// The mini-program's main package (400 KB at most) carries only the words of what it shows
// itself: the frame, sign-on, the waiting room, home and the FAQ. The rest of each catalogue
// comes with the registration subpackages: every page there imports flow-words.weapp.ts first
// (config/weapp/flow-words-loader.js), which completes these same objects.
import type { Locale, Messages } from './catalog';
import { account as enAccount } from './en-us/account';
import { common as enCommon } from './en-us/common';
import { content as enContent } from './en-us/content';
import { errors as enErrors } from './en-us/errors';
import { frame as enFrame } from './en-us/frame';
import { home as enHome } from './en-us/home';
import { materialsTable as enMaterialsTable } from './en-us/materials';
import { preferences as enPreferences } from './en-us/preferences';
import { signOn as enSignOn } from './en-us/sign-on';
import { waitingRoom as enWaitingRoom } from './en-us/waiting-room';
import { account } from './zh-cn/account';
import { common } from './zh-cn/common';
import { content } from './zh-cn/content';
import { errors } from './zh-cn/errors';
import { frame } from './zh-cn/frame';
import { home } from './zh-cn/home';
import { materialsTable } from './zh-cn/materials';
import { preferences } from './zh-cn/preferences';
import { signOn } from './zh-cn/sign-on';
import { waitingRoom } from './zh-cn/waiting-room';

/** The areas of the catalogue the main package's pages and components read. */
export const MAIN_PACKAGE_AREAS = [
  'account',
  'common',
  'content',
  'errors',
  'frame',
  'home',
  'materialsTable',
  'preferences',
  'signOn',
  'waitingRoom',
] as const satisfies ReadonlyArray<keyof Messages>;

type MainPackageWords = Pick<Messages, (typeof MAIN_PACKAGE_AREAS)[number]>;

const zhCN: MainPackageWords = {
  account,
  common,
  content,
  errors,
  frame,
  home,
  materialsTable,
  preferences,
  signOn,
  waitingRoom,
};
const enUS: MainPackageWords = {
  account: enAccount,
  common: enCommon,
  content: enContent,
  errors: enErrors,
  frame: enFrame,
  home: enHome,
  materialsTable: enMaterialsTable,
  preferences: enPreferences,
  signOn: enSignOn,
  waitingRoom: enWaitingRoom,
};

// Typed whole: a subpackage page completes them before any of its code reads them, and the
// main package's code reads only the areas above (the mini-program journeys open its pages).
export const CATALOGUES = { 'zh-CN': zhCN, 'en-US': enUS } as Record<Locale, Messages>;
