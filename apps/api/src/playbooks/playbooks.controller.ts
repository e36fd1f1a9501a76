import { Body, Controller, Get, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Playbook } from '@franscore/domain';
import { actorOf } from '../audit-log/audit-log.service';
import { CurrentUser, Roles } from '../auth/auth.decorators';
import { AuthUser } from '../auth/auth-user';
import { IdParamDto } from '../org/org.dto';
import { CreatePlaybookDto, PlaybookMatchQueryDto, UpdatePlaybookDto } from './playbooks.dto';
import { PlaybooksService } from './playbooks.service';
import { ZodResponse } from 'nestjs-zod';
import { PlaybookDto } from '../openapi/responses.dto';

@ApiTags('playbooks')
@Controller('playbooks')
export class PlaybooksController {
  constructor(private readonly playbooks: PlaybooksService) {}

  @Get()
  @ZodResponse({ type: [PlaybookDto] })
  list(@CurrentUser() user: AuthUser): Promise<Playbook[]> {
    return this.playbooks.list(user.role);
  }

  /** The playbook a complaint of this category and severity follows. */
  @Get('match')
  @ZodResponse({ type: PlaybookDto })
  match(@Query() q: PlaybookMatchQueryDto): Promise<Playbook> {
    return this.playbooks.match(q.category, q.severity);
  }

  @Get(':id')
  @ZodResponse({ type: PlaybookDto })
  get(@CurrentUser() user: AuthUser, @Param() p: IdParamDto): Promise<Playbook> {
    return this.playbooks.get(user.role, p.id);
  }

  @Roles('admin')
  @Post()
  @ZodResponse({ type: PlaybookDto })
  create(@CurrentUser() user: AuthUser, @Body() body: CreatePlaybookDto): Promise<Playbook> {
    return this.playbooks.createDraft(actorOf(user), body);
  }

  @Roles('admin')
  @Patch(':id')
  @ZodResponse({ type: PlaybookDto })
  update(@CurrentUser() user: AuthUser, @Param() p: IdParamDto, @Body() body: UpdatePlaybookDto): Promise<Playbook> {
    return this.playbooks.updateDraft(actorOf(user), p.id, body);
  }

  @Roles('admin')
  @Post(':id/publish')
  @ZodResponse({ type: PlaybookDto })
  publish(@CurrentUser() user: AuthUser, @Param() p: IdParamDto): Promise<Playbook> {
    return this.playbooks.publish(actorOf(user), p.id);
  }
}
