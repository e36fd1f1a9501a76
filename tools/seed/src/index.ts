
export * from './network';
export * from './complaints';
