import { Body, Controller, Put, Req, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { ThrottlerGuard } from '@nestjs/throttler';
import { ZodResponse } from 'nestjs-zod';
import type { OrderVolumeResult } from '@franscore/domain';
import { ApiClientGuard, ClientRequest } from '../api-clients/api-client.guard';
import { Public } from '../auth/auth.decorators';
import { PER_API_TOKEN, ThrottledOnlyBy } from '../auth/throttlers';
import { OrderVolumeBatchDto, OrderVolumeResultDto } from './order-volumes.dto';
import { OrderVolumesService } from './order-volumes.service';

/** A point-of-sale feed with its API client token: no session, no CSRF. Throttled per token. */
@ApiTags('api-client')
@ApiBearerAuth()
@Public()
@UseGuards(ThrottlerGuard, ApiClientGuard)
@ThrottledOnlyBy(PER_API_TOKEN)
@Controller('client')
export class PosVolumesController {
  constructor(private readonly volumes: OrderVolumesService) {}

  /** Upserts orders per (location code, day): a day sent again replaces its figure. All rows or none; 403 for a token that is not a point-of-sale feed. */
  @Put('order-volumes')
  @ZodResponse({ type: OrderVolumeResultDto })
  send(@Req() req: ClientRequest, @Body() body: OrderVolumeBatchDto): Promise<OrderVolumeResult> {
    if (!req.apiClient) throw new Error('ApiClientGuard did not run');
    return this.volumes.sendFromPos(req.apiClient, body);
  }
}
