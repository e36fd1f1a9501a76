export * from './random';
export * from './network';
