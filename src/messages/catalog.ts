import { zhCN } from './zh-cn';

/** The shape every language catalogue must have. */
export type Messages = typeof zhCN;

/** The catalogue in use. Simplified Chinese first; a second language plugs in here. */
export function currentMessages(): Messages {
  return zhCN;
}
