import { createZodDto } from 'nestjs-zod';
import { PushSubscriptionSchema, PushUnsubscribeSchema } from '@franscore/domain';

export class PushSubscriptionDto extends createZodDto(PushSubscriptionSchema) {}
export class PushUnsubscribeDto extends createZodDto(PushUnsubscribeSchema) {}
