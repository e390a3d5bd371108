import { onDemand } from '@/components/on-demand';

/**
 * The date, address and ethnicity pickers (Taro's picker with its columns, the districts, the 56
 * groups: about 6 KB gzip) come in one chunk of their own: no section's first screen asks with
 * them, so the section page shows without them and fetches them once it is up (issue 16).
 */
const load = () => import(/* webpackChunkName: "picker-fields" */ './picker-fields');

export const AddressPickerOnDemand = onDemand(() => load().then((module) => module.AddressPicker));
export const DateFieldOnDemand = onDemand(() => load().then((module) => module.DateField));
export const EthnicityFieldOnDemand = onDemand(() =>
  load().then((module) => module.EthnicityField),
);

export function preloadPickerFields(): void {
  DateFieldOnDemand.preload();
  AddressPickerOnDemand.preload();
  EthnicityFieldOnDemand.preload();
}
