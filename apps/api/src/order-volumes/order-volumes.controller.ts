import { Body, Controller, Get, Post, Query } from '@nestjs/common';
import { ApiBody, ApiConsumes, ApiTags } from '@nestjs/swagger';
import type { OrderVolumeImportResult, OrderVolumeSeries } from '@franscore/domain';
import { actorOf } from '../audit-log/audit-log.service';
import { CurrentScope, CurrentUser, Roles } from '../auth/auth.decorators';
import { AuthUser } from '../auth/auth-user';
import { Scope } from '../auth/scope';
import { OrderVolumeQueryDto } from './order-volumes.dto';
import { OrderVolumesService } from './order-volumes.service';

@ApiTags('order-volumes')
@Controller('order-volumes')
export class OrderVolumesController {
  constructor(private readonly volumes: OrderVolumesService) {}

  /** One location's daily orders (default: the last 90 days), oldest first; a location out of scope is 404. */
  @Get()
  series(@CurrentScope() scope: Scope, @Query() q: OrderVolumeQueryDto): Promise<OrderVolumeSeries> {
    return this.volumes.series(scope, q);
  }

  /** CSV `location_code,day,orders`; every bad row is named and nothing is imported. */
  @Roles('admin')
  @Post('import')
  @ApiConsumes('text/csv')
  @ApiBody({ schema: { type: 'string' } })
  import(@CurrentUser() user: AuthUser, @Body() csv: string): Promise<OrderVolumeImportResult> {
    return this.volumes.importCsv(actorOf(user), typeof csv === 'string' ? csv : '');
  }
}
