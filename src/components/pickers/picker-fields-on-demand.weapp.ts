// The mini-program cannot fetch code at run time: the pickers are in the subpackage already.
export {
  AddressPicker as AddressPickerOnDemand,
  DateField as DateFieldOnDemand,
  EthnicityField as EthnicityFieldOnDemand,
} from './picker-fields';

export function preloadPickerFields(): void {}
