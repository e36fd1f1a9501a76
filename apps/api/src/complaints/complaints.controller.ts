import { Body, Controller, Get, Param, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { ComplaintDetail, ComplaintSummary, Page } from '@franscore/domain';
import { CurrentScope, CurrentUser, Roles } from '../auth/auth.decorators';
import { AuthUser } from '../auth/auth-user';
import { Scope } from '../auth/scope';
import { IdParamDto } from '../org/org.dto';
import { ComplaintHandlingService } from './complaint-handling.service';
import { ComplaintQueryDto, FileDisputeDto, RecordEventDto, RuleDisputeDto } from './complaints.dto';

@ApiTags('complaints')
@Controller('complaints')
export class ComplaintsController {
  constructor(private readonly handling: ComplaintHandlingService) {}

  @Get()
  list(@CurrentScope() scope: Scope, @Query() q: ComplaintQueryDto): Promise<Page<ComplaintSummary>> {
    return this.handling.list(scope, q);
  }

  @Get(':id')
  get(@CurrentUser() user: AuthUser, @CurrentScope() scope: Scope, @Param() p: IdParamDto): Promise<ComplaintDetail> {
    return this.handling.detail(user, scope, p.id);
  }

  @Roles('location_staff', 'franchisee', 'admin', 'auditor')
  @Post(':id/events')
  record(@CurrentUser() user: AuthUser, @CurrentScope() scope: Scope, @Param() p: IdParamDto, @Body() body: RecordEventDto): Promise<ComplaintDetail> {
    return this.handling.record(user, scope, p.id, body);
  }

  @Roles('franchisee')
  @Post(':id/disputes')
  dispute(@CurrentUser() user: AuthUser, @CurrentScope() scope: Scope, @Param() p: IdParamDto, @Body() body: FileDisputeDto): Promise<ComplaintDetail> {
    return this.handling.fileDispute(user, scope, p.id, body);
  }

  @Roles('auditor', 'admin')
  @Post(':id/disputes/ruling')
  rule(@CurrentUser() user: AuthUser, @CurrentScope() scope: Scope, @Param() p: IdParamDto, @Body() body: RuleDisputeDto): Promise<ComplaintDetail> {
    return this.handling.ruleDispute(user, scope, p.id, body);
  }
}
