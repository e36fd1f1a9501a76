import { Body, Controller, Get, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBody, ApiConsumes, ApiTags } from '@nestjs/swagger';
import { ImportResult, Location, Page } from '@franscore/domain';
import { actorOf } from '../audit-log/audit-log.service';
import { CurrentScope, CurrentUser, Roles } from '../auth/auth.decorators';
import { AuthUser } from '../auth/auth-user';
import { Scope } from '../auth/scope';
import { NetworkService } from './network.service';
import { CreateLocationDto, IdParamDto, LocationQueryDto, UpdateLocationDto } from './org.dto';

@ApiTags('locations')
@Controller('locations')
export class LocationsController {
  constructor(private readonly network: NetworkService) {}

  @Get()
  list(@CurrentScope() scope: Scope, @Query() q: LocationQueryDto): Promise<Page<Location>> {
    return this.network.listLocations(scope, q);
  }

  @Get(':id')
  get(@CurrentScope() scope: Scope, @Param() p: IdParamDto): Promise<Location> {
    return this.network.location(scope, p.id);
  }

  @Roles('admin')
  @Post()
  create(@CurrentUser() user: AuthUser, @Body() body: CreateLocationDto): Promise<Location> {
    return this.network.createLocation(actorOf(user), body);
  }

  @Roles('admin')
  @Patch(':id')
  update(@CurrentUser() user: AuthUser, @Param() p: IdParamDto, @Body() body: UpdateLocationDto): Promise<Location> {
    return this.network.updateLocation(actorOf(user), p.id, body);
  }

  /** CSV (text/csv): every bad row is reported by line and column and nothing is imported. */
  @Roles('admin')
  @Post('import')
  @ApiConsumes('text/csv')
  @ApiBody({ schema: { type: 'string' } })
  import(@CurrentUser() user: AuthUser, @Body() csv: string): Promise<ImportResult> {
    return this.network.importLocations(actorOf(user), typeof csv === 'string' ? csv : '');
  }
}
