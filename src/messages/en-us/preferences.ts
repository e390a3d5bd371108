import type { Messages } from '../catalog';

/** The display settings on every page: language and elder-friendly mode (适老化). */
export const preferences: Messages['preferences'] = {
  barLabel: 'Display settings',
  otherLanguage: '中文',
  elderMode: 'Large text: {state}',
  elderOn: 'on',
  elderOff: 'off',
};
