import { Controller, Get, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { createZodDto, ZodResponse } from 'nestjs-zod';
import { ChartQuerySchema, ComplaintMixSchema, SlaComplianceSchema, SlaQuerySchema } from '@franscore/domain';
import type { ComplaintMix, SlaCompliance } from '@franscore/domain';
import { CurrentScope, Roles } from '../auth/auth.decorators';
import { Scope } from '../auth/scope';
import { HomesService } from './homes.service';

class ChartQueryDto extends createZodDto(ChartQuerySchema) {}
class SlaQueryDto extends createZodDto(SlaQuerySchema) {}
class ComplaintMixDto extends createZodDto(ComplaintMixSchema) {}
class SlaComplianceDto extends createZodDto(SlaComplianceSchema) {}

/** The figures behind the portal's charts, within the caller's scope. */
@ApiTags('charts')
@Roles('admin', 'auditor', 'regional_manager', 'franchisee')
@Controller('charts')
export class ChartsController {
  constructor(private readonly homes: HomesService) {}

  @Get('complaint-mix')
  @ZodResponse({ type: ComplaintMixDto })
  complaintMix(@CurrentScope() scope: Scope, @Query() q: ChartQueryDto): Promise<ComplaintMix> {
    return this.homes.complaintMix(scope, q);
  }

  @Get('sla-compliance')
  @ZodResponse({ type: SlaComplianceDto })
  slaCompliance(@CurrentScope() scope: Scope, @Query() q: SlaQueryDto): Promise<SlaCompliance> {
    return this.homes.slaCompliance(scope, q);
  }
}
