export * from './config';
export * from './content';
export * from './endpoints';
export * from './envelope';
export * from './error-codes';
export * from './session';
