import { Body, Controller, Get, Param, Post, Query, Res, StreamableFile } from '@nestjs/common';
import type { Response } from 'express';
import { ApiTags } from '@nestjs/swagger';
import type { Job, LeagueRow, MoneyAtRiskSummary, Page, Scorecard } from '@franscore/domain';
import { actorOf } from '../audit-log/audit-log.service';
import { CurrentScope, CurrentUser, Roles } from '../auth/auth.decorators';
import { AuthUser } from '../auth/auth-user';
import { Scope } from '../auth/scope';
import { IdParamDto } from '../org/org.dto';
import { RecomputeService } from './recompute.service';
import { ScorecardsService } from './scorecards.service';
import { LeagueQueryDto, MoneyAtRiskQueryDto, MoneyAtRiskSummaryDto, RecomputeDto, ReportQueryDto, ScorecardQueryDto } from './scoring.dto';
import { ZodResponse } from 'nestjs-zod';
import { JobDto, LeaguePageDto, ScorecardDto, ScorecardPageDto } from '../openapi/responses.dto';
import { FileResponse } from '../openapi/openapi.decorators';

@ApiTags('scorecards')
@Controller()
export class ScorecardsController {
  constructor(
    private readonly scorecards: ScorecardsService,
    private readonly recomputes: RecomputeService,
  ) {}

  @Get('scorecards')
  @ZodResponse({ type: ScorecardPageDto })
  list(@CurrentScope() scope: Scope, @Query() q: ScorecardQueryDto): Promise<Page<Scorecard>> {
    return this.scorecards.list(scope, q);
  }

  @Get('scorecards/:id')
  @ZodResponse({ type: ScorecardDto })
  get(@CurrentScope() scope: Scope, @Param() p: IdParamDto): Promise<Scorecard> {
    return this.scorecards.get(scope, p.id);
  }

  @Get('scorecards/:id/pdf')
  @FileResponse('application/pdf', 'The scorecard as a PDF report.')
  async pdf(@CurrentScope() scope: Scope, @Param() p: IdParamDto, @Query() q: ReportQueryDto, @Res({ passthrough: true }) res: Response): Promise<StreamableFile> {
    const { file, pdf } = await this.scorecards.pdf(scope, p.id, q.lang);
    res.setHeader('content-disposition', `attachment; filename="${file}"`);
    return new StreamableFile(pdf, { type: 'application/pdf' });
  }

  @Roles('auditor', 'admin')
  @Post('scorecards/:id/finalize')
  @ZodResponse({ type: ScorecardDto })
  finalize(@CurrentUser() user: AuthUser, @CurrentScope() scope: Scope, @Param() p: IdParamDto): Promise<Scorecard> {
    return this.scorecards.finalize(actorOf(user), scope, p.id);
  }

  @Roles('auditor', 'admin')
  @Post('scorecards/recompute')
  @ZodResponse({ type: JobDto })
  recompute(@CurrentUser() user: AuthUser, @Body() body: RecomputeDto): Promise<Job> {
    return this.recomputes.start(actorOf(user), body.period);
  }

  @Roles('auditor', 'admin')
  @Get('jobs/:id')
  @ZodResponse({ type: JobDto })
  job(@Param() p: IdParamDto): Promise<Job> {
    return this.recomputes.job(p.id);
  }

  /** Customers and revenue at risk of a period, summed per region, franchisee and in all (the caller's scope). */
  @Get('money-at-risk')
  @ZodResponse({ type: MoneyAtRiskSummaryDto })
  moneyAtRisk(@CurrentScope() scope: Scope, @Query() q: MoneyAtRiskQueryDto): Promise<MoneyAtRiskSummary> {
    return this.scorecards.moneyAtRisk(scope, q);
  }

  @Get('league-table')
  @ZodResponse({ type: LeaguePageDto })
  league(@CurrentScope() scope: Scope, @Query() q: LeagueQueryDto): Promise<Page<LeagueRow>> {
    return this.scorecards.league(scope, q);
  }
}
