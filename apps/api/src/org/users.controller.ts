import { Body, Controller, Get, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Page, PasswordReset, PasswordResetSchema, SessionsEnded, SessionsEndedSchema, User } from '@franscore/domain';
import { actorOf } from '../audit-log/audit-log.service';
import { CurrentUser, Roles } from '../auth/auth.decorators';
import { AuthUser } from '../auth/auth-user';
import { UsersService } from './users.service';
import { CreateUserDto, IdParamDto, UpdateUserDto, UserQueryDto } from './org.dto';
import { createZodDto, ZodResponse } from 'nestjs-zod';
import { UserDto, UserPageDto } from '../openapi/responses.dto';

class PasswordResetDto extends createZodDto(PasswordResetSchema) {}
class SessionsEndedDto extends createZodDto(SessionsEndedSchema) {}

@ApiTags('users')
@Roles('admin')
@Controller('users')
export class UsersController {
  constructor(private readonly users: UsersService) {}

  @Get()
  @ZodResponse({ type: UserPageDto })
  list(@Query() q: UserQueryDto): Promise<Page<User>> {
    return this.users.list(q);
  }

  @Get(':id')
  @ZodResponse({ type: UserDto })
  get(@Param() p: IdParamDto): Promise<User> {
    return this.users.get(p.id);
  }

  @Post()
  @ZodResponse({ type: UserDto })
  create(@CurrentUser() user: AuthUser, @Body() body: CreateUserDto): Promise<User> {
    return this.users.create(actorOf(user), body);
  }

  @Patch(':id')
  @ZodResponse({ type: UserDto })
  update(@CurrentUser() user: AuthUser, @Param() p: IdParamDto, @Body() body: UpdateUserDto): Promise<User> {
    return this.users.update(actorOf(user), p.id, body);
  }

  /** 201 with a one-time temporary password: the only time it is shown. The user's sessions end. */
  @Post(':id/reset-password')
  @ZodResponse({ type: PasswordResetDto })
  resetPassword(@CurrentUser() user: AuthUser, @Param() p: IdParamDto): Promise<PasswordReset> {
    return this.users.resetPassword(actorOf(user), p.id);
  }

  /** Signs the user out everywhere. */
  @Post(':id/end-sessions')
  @ZodResponse({ type: SessionsEndedDto })
  endSessions(@CurrentUser() user: AuthUser, @Param() p: IdParamDto): Promise<SessionsEnded> {
    return this.users.endSessions(actorOf(user), p.id);
  }
}
