import type { Locale, Messages } from './catalog';
import { account } from './zh-cn/account';
import { common } from './zh-cn/common';
import { errors } from './zh-cn/errors';
import { frame } from './zh-cn/frame';
import { preferences } from './zh-cn/preferences';
import { signOn } from './zh-cn/sign-on';
import { waitingRoom } from './zh-cn/waiting-room';

/** The areas of the Chinese catalogue in the first bundle: what the frame and sign-on read. */
export const FIRST_BUNDLE_AREAS = [
  'account',
  'common',
  'errors',
  'frame',
  'preferences',
  'signOn',
  'waitingRoom',
] as const satisfies ReadonlyArray<keyof Messages>;

const firstBundle: Pick<Messages, (typeof FIRST_BUNDLE_AREAS)[number]> = {
  account,
  common,
  errors,
  frame,
  preferences,
  signOn,
  waitingRoom,
};

/**
 * The catalogues this page has so far. Chinese, the product language, comes with the app: the
 * frame's words in the first bundle, every other area with the modules that read it
 * (provide-words.ts), so no page downloads the words of the others. The English catalogue
 * (about 16 KB gzip that most parents never need) joins whole when a parent chooses it
 * (catalogue-loader.ts). The mini-program's main package: catalogues.weapp.ts.
 */
export const CATALOGUES: Partial<Record<Locale, Messages>> & Record<'zh-CN', Messages> = {
  // Typed whole: a module reads an area only after importing its words (words-provided.test.ts).
  'zh-CN': firstBundle as Messages,
};
