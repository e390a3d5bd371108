// Type-checking and jest resolve this file; Taro builds pick the .h5.ts or .weapp.ts file.
export * from './keypad.h5';
