import { Body, Controller, Get, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Page, Region } from '@franscore/domain';
import { actorOf } from '../audit-log/audit-log.service';
import { CurrentScope, CurrentUser, Roles } from '../auth/auth.decorators';
import { AuthUser } from '../auth/auth-user';
import { Scope } from '../auth/scope';
import { NetworkService } from './network.service';
import { CreateRegionDto, IdParamDto, PageQueryDto, UpdateRegionDto } from './org.dto';
import { ZodResponse } from 'nestjs-zod';
import { RegionDto, RegionPageDto } from '../openapi/responses.dto';

@ApiTags('regions')
@Controller('regions')
export class RegionsController {
  constructor(private readonly network: NetworkService) {}

  @Get()
  @ZodResponse({ type: RegionPageDto })
  list(@CurrentScope() scope: Scope, @Query() q: PageQueryDto): Promise<Page<Region>> {
    return this.network.listRegions(scope, q.page, q.pageSize);
  }

  @Get(':id')
  @ZodResponse({ type: RegionDto })
  get(@CurrentScope() scope: Scope, @Param() p: IdParamDto): Promise<Region> {
    return this.network.region(scope, p.id);
  }

  @Roles('admin')
  @Post()
  @ZodResponse({ type: RegionDto })
  create(@CurrentUser() user: AuthUser, @Body() body: CreateRegionDto): Promise<Region> {
    return this.network.createRegion(actorOf(user), body);
  }

  @Roles('admin')
  @Patch(':id')
  @ZodResponse({ type: RegionDto })
  update(@CurrentUser() user: AuthUser, @Param() p: IdParamDto, @Body() body: UpdateRegionDto): Promise<Region> {
    return this.network.updateRegion(actorOf(user), p.id, body);
  }
}
