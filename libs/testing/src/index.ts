export * from './api-client';
export * from './sse';
export * from './push-receiver';
export * from './webhook-receiver';
