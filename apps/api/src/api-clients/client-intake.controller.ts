import { Body, Controller, Headers, Post, Req, Res, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiHeader, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { ThrottlerGuard } from '@nestjs/throttler';
import type { Response } from 'express';
import type { ComplaintReceipt } from '@franscore/domain';
import { Public } from '../auth/auth.decorators';
import { PER_API_TOKEN, ThrottledOnlyBy } from '../auth/throttlers';
import { ApiClientGuard, ClientRequest } from './api-client.guard';
import { ClientComplaintDto } from './api-clients.dto';
import { ApiClientsService } from './api-clients.service';
import { ZodResponse } from 'nestjs-zod';
import { ComplaintReceiptDto } from '../openapi/responses.dto';

/** Machines with an API client token: in-store buttons and partner channels. Throttled per token before the token is looked up. */
@ApiTags('api-client')
@ApiBearerAuth()
@Public()
@UseGuards(ThrottlerGuard, ApiClientGuard)
@ThrottledOnlyBy(PER_API_TOKEN)
@Controller('client')
export class ClientIntakeController {
  constructor(private readonly clients: ApiClientsService) {}

  /** 201 for a new complaint; 200 with the first receipt when the idempotency key was seen before. The body may be empty for a button. */
  @Post('complaints')
  @ApiHeader({ name: 'Idempotency-Key', required: false })
  @ZodResponse({ type: ComplaintReceiptDto })
  @ApiOkResponse({ type: ComplaintReceiptDto.Output, description: 'The first receipt: this idempotency key was seen before with the same body.' })
  async file(
    @Req() req: ClientRequest,
    @Headers('idempotency-key') key: string | undefined,
    @Body() body: ClientComplaintDto,
    @Res({ passthrough: true }) res: Response,
  ): Promise<ComplaintReceipt> {
    if (!req.apiClient) throw new Error('ApiClientGuard did not run');
    const { receipt, created } = await this.clients.fileComplaint(req.apiClient, key, body);
    res.status(created ? 201 : 200);
    return receipt;
  }
}
