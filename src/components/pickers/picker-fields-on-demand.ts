// Type-checking and unit-test entry: Taro builds resolve `picker-fields-on-demand.h5.ts` or
// `picker-fields-on-demand.weapp.ts` for their platform instead of this file.
export {
  AddressPickerOnDemand,
  DateFieldOnDemand,
  EthnicityFieldOnDemand,
  preloadPickerFields,
} from './picker-fields-on-demand.h5';
