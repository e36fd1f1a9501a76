import { Controller, Get, MessageEvent, Param, Post, Req, Sse } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Observable } from 'rxjs';
import { AuthedRequest, CurrentScope, CurrentUser } from '../auth/auth.decorators';
import { AuthUser } from '../auth/auth-user';
import { Scope } from '../auth/scope';
import { IdParamDto } from '../org/org.dto';
import { Alert } from './alert';
import { AlertsService } from './alerts.service';
import { ZodResponse } from 'nestjs-zod';
import { AlertListDto } from '../openapi/responses.dto';
import { EventStreamResponse, NoContent } from '../openapi/openapi.decorators';

@ApiTags('alerts')
@Controller('alerts')
export class AlertsController {
  constructor(private readonly alerts: AlertsService) {}

  @Get()
  @ZodResponse({ type: AlertListDto })
  list(@CurrentUser() user: AuthUser, @CurrentScope() scope: Scope): Promise<{ items: Alert[]; unread: number }> {
    return this.alerts.list(user, scope);
  }

  @Post('read')
  @NoContent('Every alert so far counts as read.')
  markRead(@CurrentUser() user: AuthUser): Promise<void> {
    return this.alerts.markRead(user);
  }

  /** Opening an alert: it and every older one count as read (the unread mark is a per-user cursor). */
  @Post(':id/read')
  @NoContent('This alert and every older one count as read.')
  markOneRead(@CurrentUser() user: AuthUser, @CurrentScope() scope: Scope, @Param() p: IdParamDto): Promise<void> {
    return this.alerts.markReadThrough(user, scope, p.id);
  }

  @Sse('stream')
  @EventStreamResponse('Live alerts in the viewer’s scope, one `data:` line of JSON (an Alert) per event.')
  stream(@CurrentUser() user: AuthUser, @CurrentScope() scope: Scope, @Req() req: AuthedRequest): Promise<Observable<MessageEvent>> {
    return this.alerts.streamFor(user, scope, req.sessionToken as string);
  }
}
