import { Controller, Get, HttpCode, MessageEvent, Param, Post, Req, Sse } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Observable } from 'rxjs';
import { AuthedRequest, CurrentScope, CurrentUser } from '../auth/auth.decorators';
import { AuthUser } from '../auth/auth-user';
import { Scope } from '../auth/scope';
import { IdParamDto } from '../org/org.dto';
import { Alert } from './alert';
import { AlertsService } from './alerts.service';

@ApiTags('alerts')
@Controller('alerts')
export class AlertsController {
  constructor(private readonly alerts: AlertsService) {}

  @Get()
  list(@CurrentUser() user: AuthUser, @CurrentScope() scope: Scope): Promise<{ items: Alert[]; unread: number }> {
    return this.alerts.list(user, scope);
  }

  @Post('read')
  @HttpCode(204)
  markRead(@CurrentUser() user: AuthUser): Promise<void> {
    return this.alerts.markRead(user);
  }

  /** Opening an alert: it and every older one count as read (the unread mark is a per-user cursor). */
  @Post(':id/read')
  @HttpCode(204)
  markOneRead(@CurrentUser() user: AuthUser, @CurrentScope() scope: Scope, @Param() p: IdParamDto): Promise<void> {
    return this.alerts.markReadThrough(user, scope, p.id);
  }

  @Sse('stream')
  stream(@CurrentUser() user: AuthUser, @CurrentScope() scope: Scope, @Req() req: AuthedRequest): Promise<Observable<MessageEvent>> {
    return this.alerts.streamFor(user, scope, req.sessionToken as string);
  }
}
