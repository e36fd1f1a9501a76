import { createZodDto } from 'nestjs-zod';
import {
  CreateWebhookEndpointSchema,
  UpdateWebhookEndpointSchema,
  WebhookDeliveryListSchema,
  WebhookDeliveryQuerySchema,
  WebhookDeliverySchema,
  WebhookEndpointSchema,
  WebhookEndpointWithSecretSchema,
} from '@franscore/domain';

export class CreateWebhookEndpointDto extends createZodDto(CreateWebhookEndpointSchema) {}
export class UpdateWebhookEndpointDto extends createZodDto(UpdateWebhookEndpointSchema) {}
export class WebhookDeliveryQueryDto extends createZodDto(WebhookDeliveryQuerySchema) {}

/* Answers, for @ZodResponse (the OpenAPI document names each after its class, without `Dto`). */
export class WebhookEndpointDto extends createZodDto(WebhookEndpointSchema) {}
export class WebhookEndpointWithSecretDto extends createZodDto(WebhookEndpointWithSecretSchema) {}
export class WebhookDeliveryDto extends createZodDto(WebhookDeliverySchema) {}
export class WebhookDeliveryPageDto extends createZodDto(WebhookDeliveryListSchema) {}
