export * from './api-client';
export * from './sse';
