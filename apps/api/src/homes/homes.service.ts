import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { AdminHome, AuditorHome, ChartQuery, ComplaintMix, FranchiseeHome, HomeQuery, RegionalManagerHome, SlaCompliance, SlaQuery } from '@franscore/domain';
import { auditPlanCutoffs, auditPlanEntry } from '@franscore/scoring';
import { Scope } from '../auth/scope';
import { periodOf, previousPeriod } from '../scoring/scorecard-explanation';
import { PolicySource } from '../scoring/policy-source';
import { Clock } from '../time/clock';
import { ChartsRepository, ChartWindow } from './charts.repository';
import { bandCounts, HomesRepository } from './homes.repository';
import { homeErrors } from './homes.errors';

/** The due and overdue locations an auditor's home lists. */
const PLAN_ROWS = 100;
/** The months of the admin's band distribution. */
const BAND_MONTHS = 12;

function nextPeriod(period: string): string {
  const [y, m] = period.split('-').map(Number);
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
}

/** The last `n` periods up to and including `last`, oldest first. */
function periodsUpTo(last: string, n: number): string[] {
  const periods = [last];
  while (periods.length < n) periods.unshift(previousPeriod(periods[0]));
  return periods;
}

/** Each role's home and the charts beside them: reads only, every query filtered by the caller's scope. */
@Injectable()
export class HomesService {
  constructor(
    private readonly ds: DataSource,
    private readonly repo: HomesRepository,
    private readonly charts: ChartsRepository,
    private readonly policies: PolicySource,
    private readonly clock: Clock,
  ) {}

  /** The last complete month: the period homes and charts show unless asked for another. */
  private lastPeriod(): string {
    return previousPeriod(periodOf(this.clock.now()));
  }

  async auditor(scope: Scope): Promise<AuditorHome> {
    const now = this.clock.now();
    const m = this.ds.manager;
    const intervalDays = (await this.policies.current(m)).auditIntervalDays;
    const { dueBefore, overdueBefore } = auditPlanCutoffs(now, intervalDays);
    // One after another: the embedded database has one connection.
    const planCounts = await this.repo.auditPlanCounts(m, scope, dueBefore, overdueBefore);
    const due = await this.repo.auditPlanDue(m, scope, dueBefore, PLAN_ROWS);
    const auditsInProgress = await this.repo.auditsInProgress(m, scope);
    const disputes = await this.repo.pendingDisputes(m, scope);
    // Bad-faith flags (DOMAIN.md "Bad-faith signals") join this home once complaints carry them.
    const plan = due.map((row) => {
      const entry = auditPlanEntry({ lastFinalizedAt: row.lastAuditAt, openedAt: row.openedAt, intervalDays, now });
      return {
        locationId: row.locationId,
        locationCode: row.locationCode,
        locationName: row.locationName,
        regionName: row.regionName,
        lastAuditAt: row.lastAuditAt?.toISOString() ?? null,
        dueAt: entry.dueAt.toISOString(),
        overdueAt: entry.overdueAt.toISOString(),
        state: entry.state,
      };
    });
    return { period: this.lastPeriod(), intervalDays, planCounts, plan, auditsInProgress, disputes };
  }

  async regionalManager(scope: Scope, q: HomeQuery): Promise<RegionalManagerHome> {
    const m = this.ds.manager;
    if (q.regionId && !(await this.repo.regionVisible(m, scope, q.regionId))) throw homeErrors.regionNotFound();
    const period = this.lastPeriod();
    const previous = previousPeriod(period);
    const locations = await this.repo.standings(m, scope, period, previous, q.regionId);
    const cases = await this.repo.openCases(m, scope, q.regionId);
    const review = await this.repo.reviewInProgress(m, scope, q.regionId);
    return { period, previousPeriod: previous, locations, cases, review };
  }

  async franchisee(scope: Scope): Promise<FranchiseeHome> {
    const m = this.ds.manager;
    const period = this.lastPeriod();
    const previous = previousPeriod(period);
    const locations = await this.repo.standings(m, scope, period, previous);
    const toAnswer = await this.repo.toAnswer(m, scope);
    return { period, previousPeriod: previous, locations, toAnswer };
  }

  async admin(scope: Scope): Promise<AdminHome> {
    const m = this.ds.manager;
    const periods = periodsUpTo(this.lastPeriod(), BAND_MONTHS);
    const rows = await this.repo.bandsByPeriod(m, scope, periods[0], periods[periods.length - 1]);
    const closuresWaiting = await this.repo.closuresWaiting(m, scope);
    return { bandsByMonth: bandCounts(periods, rows), closuresWaiting };
  }

  async complaintMix(scope: Scope, q: ChartQuery): Promise<ComplaintMix> {
    const { period, window } = await this.window(scope, q);
    return { period, rows: await this.charts.complaintMix(this.ds.manager, scope, window) };
  }

  async slaCompliance(scope: Scope, q: SlaQuery): Promise<SlaCompliance> {
    const { period, window } = await this.window(scope, q);
    return { period, by: q.by, rows: await this.charts.slaCompliance(this.ds.manager, scope, window, q.by, this.clock.now()) };
  }

  /** A chart's period by the UTC calendar, and its region once the caller may see it (else 404). */
  private async window(scope: Scope, q: ChartQuery): Promise<{ period: string; window: ChartWindow }> {
    if (q.regionId && !(await this.repo.regionVisible(this.ds.manager, scope, q.regionId))) throw homeErrors.regionNotFound();
    const period = q.period ?? this.lastPeriod();
    return { period, window: { from: new Date(`${period}-01T00:00:00.000Z`), to: new Date(`${nextPeriod(period)}-01T00:00:00.000Z`), regionId: q.regionId } };
  }
}
