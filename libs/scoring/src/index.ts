export * from './round-half-away';
export * from './band';
export * from './overall';
export * from './business-time';
export * from './sla-clock';
export * from './case-score';
export * from './scorecard';
