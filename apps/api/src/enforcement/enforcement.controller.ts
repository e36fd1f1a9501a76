import { Body, Controller, Get, Param, Post, Query, Res, StreamableFile } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import type { CaseSummary, EnforcementCase, Page } from '@franscore/domain';
import { actorOf } from '../audit-log/audit-log.service';
import { CurrentScope, CurrentUser, Roles } from '../auth/auth.decorators';
import { AuthUser } from '../auth/auth-user';
import { Scope } from '../auth/scope';
import { IdParamDto } from '../org/org.dto';
import { CaseActionsService } from './case-actions.service';
import { NoticesService } from './notices.service';
import {
  ActionParamDto,
  CaseQueryDto,
  CompleteActionDto,
  DecideDto,
  FileAppealDto,
  ManualActionDto,
  ManualWarningDto,
  NoticeQueryDto,
  PlanParamDto,
  RecommendDto,
  ReviewCapDto,
  RuleAppealDto,
  SubmitCapDto,
} from './enforcement.dto';
import { ZodResponse } from 'nestjs-zod';
import { CasePageDto, EnforcementCaseDto } from '../openapi/responses.dto';
import { FileResponse } from '../openapi/openapi.decorators';

@ApiTags('enforcement')
@Controller('enforcement-cases')
export class EnforcementController {
  constructor(
    private readonly cases: CaseActionsService,
    private readonly notices: NoticesService,
  ) {}

  @Get()
  @ZodResponse({ type: CasePageDto })
  list(@CurrentScope() scope: Scope, @Query() q: CaseQueryDto): Promise<Page<CaseSummary>> {
    return this.cases.list(scope, q);
  }

  @Get(':id')
  @ZodResponse({ type: EnforcementCaseDto })
  get(@CurrentScope() scope: Scope, @Param() p: IdParamDto): Promise<EnforcementCase> {
    return this.cases.get(scope, p.id);
  }

  /** The notice of default for the case's current level. */
  @Get(':id/notice')
  @FileResponse('application/pdf', 'The notice of default for the case’s current level.')
  async notice(@CurrentUser() user: AuthUser, @CurrentScope() scope: Scope, @Param() p: IdParamDto, @Query() q: NoticeQueryDto, @Res({ passthrough: true }) res: Response): Promise<StreamableFile> {
    const { file, pdf } = await this.notices.notice(user, scope, p.id, q.lang);
    res.setHeader('content-disposition', `attachment; filename="${file}"`);
    return new StreamableFile(pdf, { type: 'application/pdf' });
  }

  @Roles('regional_manager', 'admin')
  @Post()
  @ZodResponse({ type: EnforcementCaseDto })
  issue(@CurrentUser() user: AuthUser, @CurrentScope() scope: Scope, @Body() body: ManualWarningDto): Promise<EnforcementCase> {
    return this.cases.issueWarning(actorOf(user), scope, body.locationId, body.reason);
  }

  @Roles('regional_manager', 'admin')
  @Post(':id/escalate')
  @ZodResponse({ type: EnforcementCaseDto })
  escalate(@CurrentUser() user: AuthUser, @CurrentScope() scope: Scope, @Param() p: IdParamDto, @Body() body: ManualActionDto): Promise<EnforcementCase> {
    return this.cases.escalate(actorOf(user), scope, p.id, body.reason);
  }

  @Roles('regional_manager', 'admin')
  @Post(':id/lift')
  @ZodResponse({ type: EnforcementCaseDto })
  lift(@CurrentUser() user: AuthUser, @CurrentScope() scope: Scope, @Param() p: IdParamDto, @Body() body: ManualActionDto): Promise<EnforcementCase> {
    return this.cases.lift(actorOf(user), scope, p.id, body.reason);
  }

  @Roles('franchisee')
  @Post(':id/plans')
  @ZodResponse({ type: EnforcementCaseDto })
  plan(@CurrentUser() user: AuthUser, @CurrentScope() scope: Scope, @Param() p: IdParamDto, @Body() body: SubmitCapDto): Promise<EnforcementCase> {
    return this.cases.submitPlan(actorOf(user), scope, p.id, body);
  }

  @Roles('regional_manager', 'admin')
  @Post(':id/plans/:planId/review')
  @ZodResponse({ type: EnforcementCaseDto })
  reviewPlan(@CurrentUser() user: AuthUser, @CurrentScope() scope: Scope, @Param() p: PlanParamDto, @Body() body: ReviewCapDto): Promise<EnforcementCase> {
    return this.cases.reviewPlan(actorOf(user), scope, p.id, p.planId, body.decision, body.comment);
  }

  @Roles('franchisee')
  @Post(':id/actions/:actionId/done')
  @ZodResponse({ type: EnforcementCaseDto })
  done(@CurrentUser() user: AuthUser, @CurrentScope() scope: Scope, @Param() p: ActionParamDto, @Body() body: CompleteActionDto): Promise<EnforcementCase> {
    return this.cases.completeAction(actorOf(user), scope, p.id, p.actionId, body.evidence);
  }

  @Roles('franchisee')
  @Post(':id/appeals')
  @ZodResponse({ type: EnforcementCaseDto })
  appeal(@CurrentUser() user: AuthUser, @CurrentScope() scope: Scope, @Param() p: IdParamDto, @Body() body: FileAppealDto): Promise<EnforcementCase> {
    return this.cases.appeal(actorOf(user), scope, p.id, body.reason);
  }

  @Roles('admin')
  @Post(':id/appeals/ruling')
  @ZodResponse({ type: EnforcementCaseDto })
  ruleAppeal(@CurrentUser() user: AuthUser, @CurrentScope() scope: Scope, @Param() p: IdParamDto, @Body() body: RuleAppealDto): Promise<EnforcementCase> {
    return this.cases.ruleAppeal(actorOf(user), scope, p.id, body.ruling, body.reason);
  }

  @Roles('regional_manager')
  @Post(':id/recommendation')
  @ZodResponse({ type: EnforcementCaseDto })
  recommend(@CurrentUser() user: AuthUser, @CurrentScope() scope: Scope, @Param() p: IdParamDto, @Body() body: RecommendDto): Promise<EnforcementCase> {
    return this.cases.recommend(actorOf(user), scope, p.id, body.recommendation, body.reason);
  }

  @Roles('admin')
  @Post(':id/decisions')
  @ZodResponse({ type: EnforcementCaseDto })
  decide(@CurrentUser() user: AuthUser, @CurrentScope() scope: Scope, @Param() p: IdParamDto, @Body() body: DecideDto): Promise<EnforcementCase> {
    return this.cases.decide(actorOf(user), scope, p.id, body.decision, body.reason);
  }
}
