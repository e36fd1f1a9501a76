import { Controller, Get, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { createZodDto, ZodResponse } from 'nestjs-zod';
import { AdminHomeSchema, AuditorHomeSchema, FranchiseeHomeSchema, HomeQuerySchema, RegionalManagerHomeSchema } from '@franscore/domain';
import type { AdminHome, AuditorHome, FranchiseeHome, RegionalManagerHome } from '@franscore/domain';
import { CurrentScope, Roles } from '../auth/auth.decorators';
import { Scope } from '../auth/scope';
import { HomesService } from './homes.service';

class HomeQueryDto extends createZodDto(HomeQuerySchema) {}
class AuditorHomeDto extends createZodDto(AuditorHomeSchema) {}
class RegionalManagerHomeDto extends createZodDto(RegionalManagerHomeSchema) {}
class FranchiseeHomeDto extends createZodDto(FranchiseeHomeSchema) {}
class AdminHomeDto extends createZodDto(AdminHomeSchema) {}

/** Each role's home: what the role looks at first. Staff have theirs at `/api/now`. */
@ApiTags('homes')
@Controller('homes')
export class HomesController {
  constructor(private readonly homes: HomesService) {}

  @Roles('auditor', 'admin')
  @Get('auditor')
  @ZodResponse({ type: AuditorHomeDto })
  auditor(@CurrentScope() scope: Scope): Promise<AuditorHome> {
    return this.homes.auditor(scope);
  }

  @Roles('regional_manager', 'admin')
  @Get('regional-manager')
  @ZodResponse({ type: RegionalManagerHomeDto })
  regionalManager(@CurrentScope() scope: Scope, @Query() q: HomeQueryDto): Promise<RegionalManagerHome> {
    return this.homes.regionalManager(scope, q);
  }

  @Roles('franchisee')
  @Get('franchisee')
  @ZodResponse({ type: FranchiseeHomeDto })
  franchisee(@CurrentScope() scope: Scope): Promise<FranchiseeHome> {
    return this.homes.franchisee(scope);
  }

  @Roles('admin')
  @Get('admin')
  @ZodResponse({ type: AdminHomeDto })
  admin(@CurrentScope() scope: Scope): Promise<AdminHome> {
    return this.homes.admin(scope);
  }
}
