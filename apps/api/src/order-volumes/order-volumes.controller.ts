import { Body, Controller, Get, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { ZodResponse } from 'nestjs-zod';
import type { OrderVolumeImportResult, OrderVolumeSeries } from '@franscore/domain';
import { actorOf } from '../audit-log/audit-log.service';
import { CurrentScope, CurrentUser, Roles } from '../auth/auth.decorators';
import { AuthUser } from '../auth/auth-user';
import { Scope } from '../auth/scope';
import { CsvBody } from '../openapi/openapi.decorators';
import { ORDER_VOLUME_CSV_COLUMNS, OrderVolumeImportResultDto, OrderVolumeQueryDto, OrderVolumeSeriesDto } from './order-volumes.dto';
import { OrderVolumesService } from './order-volumes.service';

@ApiTags('order-volumes')
@Controller('order-volumes')
export class OrderVolumesController {
  constructor(private readonly volumes: OrderVolumesService) {}

  /** One location's daily orders (default: the last 90 days), oldest first; a location out of scope is 404. */
  @Get()
  @ZodResponse({ type: OrderVolumeSeriesDto })
  series(@CurrentScope() scope: Scope, @Query() q: OrderVolumeQueryDto): Promise<OrderVolumeSeries> {
    return this.volumes.series(scope, q);
  }

  /** CSV `location_code,day,orders`; every bad row is named and nothing is imported. */
  @Roles('admin')
  @Post('import')
  @CsvBody(ORDER_VOLUME_CSV_COLUMNS, 'Orders per location and day (a whole number from 0); a day on file is replaced and the audit log keeps both figures. Every bad row is reported by line and column and then nothing is imported.', 'MSK-014,2026-10-01,412')
  @ZodResponse({ type: OrderVolumeImportResultDto })
  import(@CurrentUser() user: AuthUser, @Body() csv: string): Promise<OrderVolumeImportResult> {
    return this.volumes.importCsv(actorOf(user), typeof csv === 'string' ? csv : '');
  }
}
