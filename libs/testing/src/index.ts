export * from './api-client';
export * from './sse';
export * from './webhook-receiver';
