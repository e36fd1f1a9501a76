import { Body, Controller, Get, Param, Post, Query, Res, StreamableFile } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Readable } from 'node:stream';
import type { ComplaintDetail, ComplaintSummary, ImportResult, Page } from '@franscore/domain';
import { actorOf } from '../audit-log/audit-log.service';
import { COMPLAINT_EXPORT_COLUMNS, ComplaintTransferService } from './complaint-transfer.service';
import { CurrentScope, CurrentUser, Roles } from '../auth/auth.decorators';
import { AuthUser } from '../auth/auth-user';
import { Scope } from '../auth/scope';
import { IdParamDto } from '../org/org.dto';
import { ComplaintHandlingService } from './complaint-handling.service';
import { searchesContacts } from './complaint-views';
import { ComplaintQueryDto, FileDisputeDto, RecordEventDto, RecoverDto, RuleDisputeDto, SetSeverityDto } from './complaints.dto';
import { ZodResponse } from 'nestjs-zod';
import { ComplaintDetailDto, ComplaintPageDto, ImportResultDto } from '../openapi/responses.dto';
import { CsvBody, CsvResponse } from '../openapi/openapi.decorators';
import { COMPLAINT_CSV_COLUMNS } from './complaint-import';

@ApiTags('complaints')
@Controller('complaints')
export class ComplaintsController {
  constructor(
    private readonly handling: ComplaintHandlingService,
    private readonly transfer: ComplaintTransferService,
  ) {}

  @Get()
  @ZodResponse({ type: ComplaintPageDto })
  list(@CurrentUser() user: AuthUser, @CurrentScope() scope: Scope, @Query() q: ComplaintQueryDto): Promise<Page<ComplaintSummary>> {
    return this.handling.list(scope, q, user.role);
  }

  /** The filtered list as CSV (paging is ignored: everything that matches, in scope). */
  @Get('export')
  @CsvResponse(COMPLAINT_EXPORT_COLUMNS, 'The filtered complaints in scope (paging ignored), one row each.')
  export(@CurrentUser() user: AuthUser, @CurrentScope() scope: Scope, @Query() q: ComplaintQueryDto, @Res({ passthrough: true }) res: Response): StreamableFile {
    res.setHeader('content-disposition', 'attachment; filename="complaints.csv"');
    return new StreamableFile(Readable.from(this.transfer.exportCsv(scope, q, searchesContacts(user.role))), { type: 'text/csv; charset=utf-8' });
  }

  /** Historical complaints with their timelines (CSV); all rows or none. */
  @Roles('admin')
  @Post('import')
  @CsvBody(COMPLAINT_CSV_COLUMNS, 'Historical complaints with their timelines; all rows or none. `events` as `acknowledged@2026-05-01T10:05:00Z;resolved@…;followup_rating:4@…`.')
  @ZodResponse({ type: ImportResultDto })
  import(@CurrentUser() user: AuthUser, @Body() csv: string): Promise<ImportResult> {
    return this.transfer.importCsv(actorOf(user), typeof csv === 'string' ? csv : '');
  }

  @Get(':id')
  @ZodResponse({ type: ComplaintDetailDto })
  get(@CurrentUser() user: AuthUser, @CurrentScope() scope: Scope, @Param() p: IdParamDto): Promise<ComplaintDetail> {
    return this.handling.detail(user, scope, p.id);
  }

  @Roles('location_staff', 'franchisee', 'admin', 'auditor')
  @Post(':id/events')
  @ZodResponse({ type: ComplaintDetailDto })
  record(@CurrentUser() user: AuthUser, @CurrentScope() scope: Scope, @Param() p: IdParamDto, @Body() body: RecordEventDto): Promise<ComplaintDetail> {
    return this.handling.record(user, scope, p.id, body);
  }

  /** The playbook's path in one action: acknowledge if needed, apologize, act, compensate. */
  @Roles('location_staff', 'franchisee', 'admin', 'auditor')
  @Post(':id/recover')
  @ZodResponse({ type: ComplaintDetailDto })
  recover(@CurrentUser() user: AuthUser, @CurrentScope() scope: Scope, @Param() p: IdParamDto, @Body() body: RecoverDto): Promise<ComplaintDetail> {
    return this.handling.recover(user, scope, p.id, body);
  }

  @Roles('location_staff', 'franchisee', 'admin', 'auditor')
  @Post(':id/severity')
  @ZodResponse({ type: ComplaintDetailDto })
  severity(@CurrentUser() user: AuthUser, @CurrentScope() scope: Scope, @Param() p: IdParamDto, @Body() body: SetSeverityDto): Promise<ComplaintDetail> {
    return this.handling.setSeverity(user, scope, p.id, body.severity, body.note);
  }

  @Roles('franchisee')
  @Post(':id/disputes')
  @ZodResponse({ type: ComplaintDetailDto })
  dispute(@CurrentUser() user: AuthUser, @CurrentScope() scope: Scope, @Param() p: IdParamDto, @Body() body: FileDisputeDto): Promise<ComplaintDetail> {
    return this.handling.fileDispute(user, scope, p.id, body);
  }

  @Roles('auditor', 'admin')
  @Post(':id/disputes/ruling')
  @ZodResponse({ type: ComplaintDetailDto })
  rule(@CurrentUser() user: AuthUser, @CurrentScope() scope: Scope, @Param() p: IdParamDto, @Body() body: RuleDisputeDto): Promise<ComplaintDetail> {
    return this.handling.ruleDispute(user, scope, p.id, body);
  }
}
