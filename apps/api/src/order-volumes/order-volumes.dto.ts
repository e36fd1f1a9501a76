import { createZodDto } from 'nestjs-zod';
import { OrderVolumeBatchSchema, OrderVolumeQuerySchema } from '@franscore/domain';

export class OrderVolumeBatchDto extends createZodDto(OrderVolumeBatchSchema) {}
export class OrderVolumeQueryDto extends createZodDto(OrderVolumeQuerySchema) {}
