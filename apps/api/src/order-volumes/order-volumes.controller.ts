import { Body, Controller, Post } from '@nestjs/common';
import { ApiBody, ApiConsumes, ApiTags } from '@nestjs/swagger';
import type { ImportResult } from '@franscore/domain';
import { actorOf } from '../audit-log/audit-log.service';
import { CurrentUser, Roles } from '../auth/auth.decorators';
import { AuthUser } from '../auth/auth-user';
import { OrderVolumesService } from './order-volumes.service';

@ApiTags('order-volumes')
@Controller('order-volumes')
export class OrderVolumesController {
  constructor(private readonly volumes: OrderVolumesService) {}

  /** CSV `location_code,day,orders`; every bad row is named and nothing is imported. */
  @Roles('admin')
  @Post('import')
  @ApiConsumes('text/csv')
  @ApiBody({ schema: { type: 'string' } })
  import(@CurrentUser() user: AuthUser, @Body() csv: string): Promise<ImportResult & { replaced: number }> {
    return this.volumes.importCsv(actorOf(user), typeof csv === 'string' ? csv : '');
  }
}
