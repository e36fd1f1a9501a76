import { Body, Controller, Get, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Franchisee, Page } from '@franscore/domain';
import { actorOf } from '../audit-log/audit-log.service';
import { CurrentScope, CurrentUser, Roles } from '../auth/auth.decorators';
import { AuthUser } from '../auth/auth-user';
import { Scope } from '../auth/scope';
import { NetworkService } from './network.service';
import { CreateFranchiseeDto, IdParamDto, PageQueryDto, UpdateFranchiseeDto } from './org.dto';
import { ZodResponse } from 'nestjs-zod';
import { FranchiseeDto, FranchiseePageDto } from '../openapi/responses.dto';

@ApiTags('franchisees')
@Controller('franchisees')
export class FranchiseesController {
  constructor(private readonly network: NetworkService) {}

  @Get()
  @ZodResponse({ type: FranchiseePageDto })
  list(@CurrentScope() scope: Scope, @Query() q: PageQueryDto): Promise<Page<Franchisee>> {
    return this.network.listFranchisees(scope, q.page, q.pageSize);
  }

  @Get(':id')
  @ZodResponse({ type: FranchiseeDto })
  get(@CurrentScope() scope: Scope, @Param() p: IdParamDto): Promise<Franchisee> {
    return this.network.franchisee(scope, p.id);
  }

  @Roles('admin')
  @Post()
  @ZodResponse({ type: FranchiseeDto })
  create(@CurrentUser() user: AuthUser, @Body() body: CreateFranchiseeDto): Promise<Franchisee> {
    return this.network.createFranchisee(actorOf(user), body);
  }

  @Roles('admin')
  @Patch(':id')
  @ZodResponse({ type: FranchiseeDto })
  update(@CurrentUser() user: AuthUser, @Param() p: IdParamDto, @Body() body: UpdateFranchiseeDto): Promise<Franchisee> {
    return this.network.updateFranchisee(actorOf(user), p.id, body);
  }
}
