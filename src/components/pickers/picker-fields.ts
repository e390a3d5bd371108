// The questions asked with a picker, in one chunk on H5 (picker-fields-on-demand.h5.ts).
export { AddressPicker } from './address-picker';
export { DateField } from './date-field';
export { EthnicityField } from './ethnicity-field';
