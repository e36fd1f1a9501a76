import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { createZodDto, ZodResponse } from 'nestjs-zod';
import { ComplaintFlagSchema, FlaggedComplaintSchema, FlaggedComplaintsQuerySchema, type ComplaintFlag, type FlaggedComplaint } from '@franscore/domain';
import { CurrentScope, Roles } from '../auth/auth.decorators';
import { Scope } from '../auth/scope';
import { IdParamDto } from '../org/org.dto';
import { BadFaithService } from './bad-faith.service';

class FlaggedComplaintsQueryDto extends createZodDto(FlaggedComplaintsQuerySchema) {}
class ComplaintFlagDto extends createZodDto(ComplaintFlagSchema) {}
class FlaggedComplaintDto extends createZodDto(FlaggedComplaintSchema) {}

/** Head office and franchisees see the flags; staff handle the complaint as filed. */
@ApiTags('complaints')
@Roles('admin', 'auditor', 'regional_manager', 'franchisee')
@Controller()
export class BadFaithController {
  constructor(private readonly badFaith: BadFaithService) {}

  @Get('complaints/:id/flag')
  @ZodResponse({ type: ComplaintFlagDto })
  flag(@CurrentScope() scope: Scope, @Param() p: IdParamDto): Promise<ComplaintFlag> {
    return this.badFaith.flagOf(scope, p.id);
  }

  @Get('complaint-flags')
  @ZodResponse({ type: [FlaggedComplaintDto] })
  flagged(@CurrentScope() scope: Scope, @Query() q: FlaggedComplaintsQueryDto): Promise<FlaggedComplaint[]> {
    return this.badFaith.flagged(scope, q);
  }
}
