// Type-checking and jest resolve this file; Taro builds pick crypto.h5.ts or crypto.weapp.ts.
export * from './crypto.h5';
