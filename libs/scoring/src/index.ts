export * from './round-half-away';
export * from './band';
export * from './overall';
