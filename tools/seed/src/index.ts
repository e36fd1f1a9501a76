export * from './random';
export * from './network';
export * from './complaints';
