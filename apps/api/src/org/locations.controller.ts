import { Body, Controller, Get, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { ImportResult, Location, Page } from '@franscore/domain';
import { actorOf } from '../audit-log/audit-log.service';
import { CurrentScope, CurrentUser, Roles } from '../auth/auth.decorators';
import { AuthUser } from '../auth/auth-user';
import { Scope } from '../auth/scope';
import { NetworkService } from './network.service';
import { CreateLocationDto, IdParamDto, LocationQueryDto, UpdateLocationDto } from './org.dto';
import { ZodResponse } from 'nestjs-zod';
import { ImportResultDto, LocationDto, LocationPageDto } from '../openapi/responses.dto';
import { CsvBody } from '../openapi/openapi.decorators';
import { LOCATION_CSV_COLUMNS } from './location-import';

@ApiTags('locations')
@Controller('locations')
export class LocationsController {
  constructor(private readonly network: NetworkService) {}

  @Get()
  @ZodResponse({ type: LocationPageDto })
  list(@CurrentScope() scope: Scope, @Query() q: LocationQueryDto): Promise<Page<Location>> {
    return this.network.listLocations(scope, q);
  }

  @Get(':id')
  @ZodResponse({ type: LocationDto })
  get(@CurrentScope() scope: Scope, @Param() p: IdParamDto): Promise<Location> {
    return this.network.location(scope, p.id);
  }

  @Roles('admin')
  @Post()
  @ZodResponse({ type: LocationDto })
  create(@CurrentUser() user: AuthUser, @Body() body: CreateLocationDto): Promise<Location> {
    return this.network.createLocation(actorOf(user), body);
  }

  @Roles('admin')
  @Patch(':id')
  @ZodResponse({ type: LocationDto })
  update(@CurrentUser() user: AuthUser, @Param() p: IdParamDto, @Body() body: UpdateLocationDto): Promise<Location> {
    return this.network.updateLocation(actorOf(user), p.id, body);
  }

  /** CSV (text/csv): every bad row is reported by line and column and nothing is imported. */
  @Roles('admin')
  @Post('import')
  @CsvBody(LOCATION_CSV_COLUMNS, 'Locations to create; every bad row is reported by line and column and then nothing is imported. Hours per weekday as `HH:MM-HH:MM`, empty for closed.', 'MSK-014,Tverskaya 7,"Tverskaya ul. 7, Moscow",MSK,Kofe Group,Europe/Moscow,08:00-22:00,08:00-22:00,08:00-22:00,08:00-22:00,08:00-23:00,09:00-23:00,')
  @ZodResponse({ type: ImportResultDto })
  import(@CurrentUser() user: AuthUser, @Body() csv: string): Promise<ImportResult> {
    return this.network.importLocations(actorOf(user), typeof csv === 'string' ? csv : '');
  }
}
