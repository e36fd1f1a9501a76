import { Body, Controller, Get, Param, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { ApiClient, IssuedApiClient } from '@franscore/domain';
import { actorOf } from '../audit-log/audit-log.service';
import { CurrentUser, Roles } from '../auth/auth.decorators';
import { AuthUser } from '../auth/auth-user';
import { IdParamDto } from '../org/org.dto';
import { ApiClientsService } from './api-clients.service';
import { IssueApiClientDto } from './api-clients.dto';
import { ZodResponse } from 'nestjs-zod';
import { ApiClientDto, IssuedApiClientDto } from '../openapi/responses.dto';

@ApiTags('api-clients')
@Roles('admin')
@Controller('api-clients')
export class ApiClientsController {
  constructor(private readonly clients: ApiClientsService) {}

  @Get()
  @ZodResponse({ type: [ApiClientDto] })
  list(): Promise<ApiClient[]> {
    return this.clients.list();
  }

  /** 201 with the token: the only time it is shown. */
  @Post()
  @ZodResponse({ type: IssuedApiClientDto })
  issue(@CurrentUser() user: AuthUser, @Body() body: IssueApiClientDto): Promise<IssuedApiClient> {
    return this.clients.issue(actorOf(user), body);
  }

  @Post(':id/revoke')
  @ZodResponse({ type: ApiClientDto })
  revoke(@CurrentUser() user: AuthUser, @Param() p: IdParamDto): Promise<ApiClient> {
    return this.clients.revoke(actorOf(user), p.id);
  }
}
