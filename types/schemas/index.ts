export * from './answers';
export * from './fields';
export * from './problems';
export * from './requests';
export * from './submission';
