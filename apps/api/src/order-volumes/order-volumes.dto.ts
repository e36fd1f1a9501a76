import { createZodDto } from 'nestjs-zod';
import {
  OrderVolumeBatchSchema,
  OrderVolumeImportResultSchema,
  OrderVolumeQuerySchema,
  OrderVolumeResultSchema,
  OrderVolumeSeriesSchema,
} from '@franscore/domain';

export class OrderVolumeBatchDto extends createZodDto(OrderVolumeBatchSchema) {}
export class OrderVolumeQueryDto extends createZodDto(OrderVolumeQuerySchema) {}
export class OrderVolumeResultDto extends createZodDto(OrderVolumeResultSchema) {}
export class OrderVolumeImportResultDto extends createZodDto(OrderVolumeImportResultSchema) {}
export class OrderVolumeSeriesDto extends createZodDto(OrderVolumeSeriesSchema) {}

export const ORDER_VOLUME_CSV_COLUMNS = ['location_code', 'day', 'orders'] as const;
