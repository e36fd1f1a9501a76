import { Body, Controller, Delete, Get, HttpCode, Post, Req } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { PushKey } from '@franscore/domain';
import { AuthedRequest, CurrentUser } from '../auth/auth.decorators';
import { hashToken } from '../auth/auth.service';
import { AuthUser } from '../auth/auth-user';
import { PushSubscriptionDto, PushUnsubscribeDto } from './push.dto';
import { PushService } from './push.service';
import { ZodResponse } from 'nestjs-zod';
import { PushKeyDto } from '../openapi/responses.dto';

/** Any signed-in user may opt a browser in; what reaches it follows the alerts' audience rules. */
@ApiTags('push')
@Controller('push')
export class PushController {
  constructor(private readonly push: PushService) {}

  @Get('key')
  @ZodResponse({ type: PushKeyDto })
  key(): Promise<PushKey> {
    return this.push.publicKey();
  }

  @Post('subscriptions')
  @HttpCode(204)
  subscribe(@CurrentUser() user: AuthUser, @Req() req: AuthedRequest, @Body() body: PushSubscriptionDto): Promise<void> {
    return this.push.subscribe(user, req.sessionToken ? hashToken(req.sessionToken) : null, body);
  }

  /** Opting this browser out; deleting a subscription that is not there (or not the user's) changes nothing. */
  @Delete('subscriptions')
  @HttpCode(204)
  unsubscribe(@CurrentUser() user: AuthUser, @Body() body: PushUnsubscribeDto): Promise<void> {
    return this.push.unsubscribe(user, body.endpoint);
  }
}
