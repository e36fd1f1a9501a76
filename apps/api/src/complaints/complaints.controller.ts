import { Body, Controller, Get, Param, Post, Query, Res, StreamableFile } from '@nestjs/common';
import { ApiBody, ApiConsumes, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Readable } from 'node:stream';
import type { ComplaintDetail, ComplaintSummary, ImportResult, Page } from '@franscore/domain';
import { actorOf } from '../audit-log/audit-log.service';
import { ComplaintTransferService } from './complaint-transfer.service';
import { CurrentScope, CurrentUser, Roles } from '../auth/auth.decorators';
import { AuthUser } from '../auth/auth-user';
import { Scope } from '../auth/scope';
import { IdParamDto } from '../org/org.dto';
import { ComplaintHandlingService } from './complaint-handling.service';
import { searchesContacts } from './complaint-views';
import { ComplaintQueryDto, FileDisputeDto, RecordEventDto, RecoverDto, RuleDisputeDto, SetSeverityDto } from './complaints.dto';

@ApiTags('complaints')
@Controller('complaints')
export class ComplaintsController {
  constructor(
    private readonly handling: ComplaintHandlingService,
    private readonly transfer: ComplaintTransferService,
  ) {}

  @Get()
  list(@CurrentUser() user: AuthUser, @CurrentScope() scope: Scope, @Query() q: ComplaintQueryDto): Promise<Page<ComplaintSummary>> {
    return this.handling.list(scope, q, user.role);
  }

  /** The filtered list as CSV (paging is ignored: everything that matches, in scope). */
  @Get('export')
  export(@CurrentUser() user: AuthUser, @CurrentScope() scope: Scope, @Query() q: ComplaintQueryDto, @Res({ passthrough: true }) res: Response): StreamableFile {
    res.setHeader('content-disposition', 'attachment; filename="complaints.csv"');
    return new StreamableFile(Readable.from(this.transfer.exportCsv(scope, q, searchesContacts(user.role))), { type: 'text/csv; charset=utf-8' });
  }

  /** Historical complaints with their timelines (CSV); all rows or none. */
  @Roles('admin')
  @Post('import')
  @ApiConsumes('text/csv')
  @ApiBody({ schema: { type: 'string' } })
  import(@CurrentUser() user: AuthUser, @Body() csv: string): Promise<ImportResult> {
    return this.transfer.importCsv(actorOf(user), typeof csv === 'string' ? csv : '');
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

  /** The playbook's path in one action: acknowledge if needed, apologize, act, compensate. */
  @Roles('location_staff', 'franchisee', 'admin', 'auditor')
  @Post(':id/recover')
  recover(@CurrentUser() user: AuthUser, @CurrentScope() scope: Scope, @Param() p: IdParamDto, @Body() body: RecoverDto): Promise<ComplaintDetail> {
    return this.handling.recover(user, scope, p.id, body);
  }

  @Roles('location_staff', 'franchisee', 'admin', 'auditor')
  @Post(':id/severity')
  severity(@CurrentUser() user: AuthUser, @CurrentScope() scope: Scope, @Param() p: IdParamDto, @Body() body: SetSeverityDto): Promise<ComplaintDetail> {
    return this.handling.setSeverity(user, scope, p.id, body.severity, body.note);
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
