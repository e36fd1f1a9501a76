import { AppError } from '../errors/app-error';

export const webhookErrors = {
  endpointNotFound: () => new AppError('webhook_endpoint.not_found', 'not_found', 'Webhook endpoint not found'),
  deliveryNotFound: () => new AppError('webhook_delivery.not_found', 'not_found', 'Webhook delivery not found'),
  destinationRefused: (reason: string) => new AppError('webhook_endpoint.destination_refused', 'invalid', 'Invalid url', [{ field: 'url', message: reason }]),
  endpointInactive: () => new AppError('webhook_endpoint.inactive', 'conflict', 'This endpoint is deactivated; activate it before replaying to it'),
};
