import { Controller, Get } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { InboxItem } from '@franscore/domain';
import { CurrentScope, CurrentUser } from '../auth/auth.decorators';
import { AuthUser } from '../auth/auth-user';
import { Scope } from '../auth/scope';
import { InboxService } from './inbox.service';
import { ZodResponse } from 'nestjs-zod';
import { InboxItemDto } from '../openapi/responses.dto';

@ApiTags('inbox')
@Controller('inbox')
export class InboxController {
  constructor(private readonly inbox: InboxService) {}

  @Get()
  @ZodResponse({ type: [InboxItemDto] })
  list(@CurrentUser() user: AuthUser, @CurrentScope() scope: Scope): Promise<InboxItem[]> {
    return this.inbox.inbox(user, scope);
  }
}
