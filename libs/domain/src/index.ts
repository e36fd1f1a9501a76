export * from './roles';
export * from './paging';
export * from './errors';
export * from './health';
export * from './network';
export * from './users';
export * from './auth';
export * from './audit-log';
