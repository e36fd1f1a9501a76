import { Body, Controller, Get, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Page, WebhookDelivery, WebhookEndpoint, WebhookEndpointWithSecret } from '@franscore/domain';
import { actorOf } from '../audit-log/audit-log.service';
import { CurrentUser, Roles } from '../auth/auth.decorators';
import { AuthUser } from '../auth/auth-user';
import { IdParamDto } from '../org/org.dto';
import {
  CreateWebhookEndpointDto,
  UpdateWebhookEndpointDto,
  WebhookDeliveryDto,
  WebhookDeliveryPageDto,
  WebhookDeliveryQueryDto,
  WebhookEndpointDto,
  WebhookEndpointWithSecretDto,
} from './webhooks.dto';
import { WebhooksService } from './webhooks.service';
import { ZodResponse } from 'nestjs-zod';

@ApiTags('webhooks')
@Roles('admin')
@Controller('webhooks')
export class WebhooksController {
  constructor(private readonly webhooks: WebhooksService) {}

  @Get('endpoints')
  @ZodResponse({ type: [WebhookEndpointDto] })
  list(): Promise<WebhookEndpoint[]> {
    return this.webhooks.list();
  }

  /** 201 with the signing secret: the only time it is shown, besides a rotation. */
  @Post('endpoints')
  @ZodResponse({ type: WebhookEndpointWithSecretDto })
  create(@CurrentUser() user: AuthUser, @Body() body: CreateWebhookEndpointDto): Promise<WebhookEndpointWithSecret> {
    return this.webhooks.create(actorOf(user), body);
  }

  @Patch('endpoints/:id')
  @ZodResponse({ type: WebhookEndpointDto })
  update(@CurrentUser() user: AuthUser, @Param() p: IdParamDto, @Body() body: UpdateWebhookEndpointDto): Promise<WebhookEndpoint> {
    return this.webhooks.update(actorOf(user), p.id, body);
  }

  @Post('endpoints/:id/rotate-secret')
  @ZodResponse({ type: WebhookEndpointWithSecretDto })
  rotateSecret(@CurrentUser() user: AuthUser, @Param() p: IdParamDto): Promise<WebhookEndpointWithSecret> {
    return this.webhooks.rotateSecret(actorOf(user), p.id);
  }

  @Get('endpoints/:id/deliveries')
  @ZodResponse({ type: WebhookDeliveryPageDto })
  deliveries(@Param() p: IdParamDto, @Query() q: WebhookDeliveryQueryDto): Promise<Page<WebhookDelivery>> {
    return this.webhooks.deliveries(p.id, q);
  }

  @Get('deliveries/:id')
  @ZodResponse({ type: WebhookDeliveryDto })
  delivery(@Param() p: IdParamDto): Promise<WebhookDelivery> {
    return this.webhooks.delivery(p.id);
  }

  @Post('deliveries/:id/replay')
  @ZodResponse({ type: WebhookDeliveryDto })
  replay(@CurrentUser() user: AuthUser, @Param() p: IdParamDto): Promise<WebhookDelivery> {
    return this.webhooks.replay(actorOf(user), p.id);
  }
}
