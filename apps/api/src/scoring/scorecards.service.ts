import { Injectable } from '@nestjs/common';
import { Subject } from 'rxjs';
import { DataSource } from 'typeorm';
import type { CustomerCounts, HeadOfficeSettings, LeagueQuery, LeagueRow, MoneyAtRiskFigures, MoneyAtRiskGroup, MoneyAtRiskQuery, MoneyAtRiskSummary, Page, Policy, ReportLanguage, Scorecard, ScorecardQuery } from '@franscore/domain';
import { moneyAtRisk, sumCustomers } from '@franscore/scoring';
import { SettingsService } from '../settings/settings.service';
import { Actor, AuditLogService } from '../audit-log/audit-log.service';
import { Scope } from '../auth/scope';
import { Clock } from '../time/clock';
import { enqueueWebhookEvent } from '../webhooks/webhook-outbox';
import { BATCH } from './open-locations.repository';
import { PolicySource } from './policy-source';
import { previousPeriod, scorecardOf } from './scorecard-explanation';
import { LocationFacts, ScorecardInputsRepository } from './scorecard-inputs.repository';
import { ScorecardsRepository } from './scorecards.repository';
import { scoringErrors } from './scoring.errors';
import { scorecardReport } from './scorecard-report';
import { PdfRenderer } from '../reports/pdf-renderer';

const money = (s: HeadOfficeSettings) => (c: CustomerCounts | null | undefined): MoneyAtRiskFigures | null =>
  c ? moneyAtRisk(c, { lifetimeValue: s.customerLifetimeValue, multiplier: s.wordOfMouthMultiplier, currency: s.currency }) : null;

/** Sums pairs of (region, franchisee) into one group per key. */
function groups<R extends CustomerCounts & { locations: number }>(rows: R[], key: (r: R) => [string, string], s: HeadOfficeSettings): MoneyAtRiskGroup[] {
  const by = new Map<string, { name: string; locations: number; rows: CustomerCounts[] }>();
  for (const r of rows) {
    const [id, name] = key(r);
    const g = by.get(id) ?? { name, locations: 0, rows: [] };
    g.locations += r.locations;
    g.rows.push(r);
    by.set(id, g);
  }
  return [...by].map(([id, g]) => ({ id, name: g.name, locations: g.locations, ...(money(s)(sumCustomers(g.rows)) as MoneyAtRiskFigures) }));
}

const figures = (c: Pick<Scorecard, 'id' | 'overall' | 'band' | 'asOf'>) => ({ scorecardId: c.id, overall: c.overall, band: c.band, asOf: c.asOf });

@Injectable()
export class ScorecardsService {
  private readonly finalizedSubject = new Subject<string>();
  /** Ids of scorecards just finalized (after commit), for whoever acts on them. */
  readonly finalized$ = this.finalizedSubject.asObservable();

  constructor(
    private readonly ds: DataSource,
    private readonly inputs: ScorecardInputsRepository,
    private readonly repo: ScorecardsRepository,
    private readonly policy: PolicySource,
    private readonly audit: AuditLogService,
    private readonly pdfs: PdfRenderer,
    private readonly clock: Clock,
    private readonly settings: SettingsService,
  ) {}

  /**
   * Computes and stores the scorecards of some locations for a period, as of
   * now, under the policy in force, in one transaction. Where a card is
   * official, the new one is a revision beside it.
   */
  async computeFor(locationIds: string[], period: string, policy?: Policy): Promise<number> {
    const ids = [...new Set(locationIds)];
    const asOf = this.clock.now();
    const inForce = policy ?? (await this.policy.inForce(asOf));
    await this.ds.transaction(async (m) => {
      for (let i = 0; i < ids.length; i += BATCH) {
        const batch = ids.slice(i, i + BATCH);
        const facts = await this.inputs.facts(m, batch, period, asOf);
        await this.repo.insert(m, batch.map((id) => scorecardOf(id, period, inForce, asOf, facts.get(id) as LocationFacts)));
      }
    });
    return ids.length;
  }

  async list(scope: Scope, q: ScorecardQuery): Promise<Page<Scorecard>> {
    const [page, settings] = await Promise.all([this.repo.list(this.ds.manager, scope, q), this.settings.get()]);
    return { ...page, items: page.items.map((c) => ({ ...c, moneyAtRisk: money(settings)(c.explanation.customers) })) };
  }

  /** A card with the references of the complaints behind its breaches and its customers and revenue at risk. */
  async get(scope: Scope, id: string): Promise<Scorecard> {
    // The settings ride beside the card (one round trip less); the references need the card's breaches.
    const [card, settings] = await Promise.all([this.repo.byId(this.ds.manager, scope, id), this.settings.get()]);
    if (!card) throw scoringErrors.scorecardNotFound();
    const b = card.explanation.breaches;
    const complaintReferences = await this.repo.complaintReferences(this.ds.manager, [...new Set([...b.acknowledge, ...b.resolve, ...b.criticalResolve])]);
    return { ...card, complaintReferences, moneyAtRisk: money(settings)(card.explanation.customers) };
  }

  /**
   * Customers and revenue at risk of a period's standing cards in the caller's scope, summed per region, per
   * franchisee and in all, at head office's figures (lifetime value, multiplier, currency) as they stand now.
   */
  async moneyAtRisk(scope: Scope, q: MoneyAtRiskQuery): Promise<MoneyAtRiskSummary> {
    const [rows, settings] = await Promise.all([this.repo.customersByGroup(this.ds.manager, scope, q), this.settings.get()]);
    return {
      period: q.period,
      lifetimeValue: settings.customerLifetimeValue,
      multiplier: settings.wordOfMouthMultiplier,
      currency: settings.currency,
      total: { ...(money(settings)(sumCustomers(rows)) as MoneyAtRiskFigures), locations: rows.reduce((n, r) => n + r.locations, 0) },
      regions: groups(rows, (r) => [r.regionId, r.regionName], settings),
      franchisees: groups(rows, (r) => [r.franchiseeId, r.franchiseeName], settings),
    };
  }

  /** The card that stands for a location and period (the official one, else the newest), or null when none was computed. */
  standingCard(scope: Scope, locationId: string, period: string): Promise<Scorecard | null> {
    return this.repo.standing(this.ds.manager, scope, locationId, period);
  }

  async pdf(scope: Scope, id: string, language: ReportLanguage = 'en'): Promise<{ file: string; pdf: Buffer }> {
    const card = await this.get(scope, id);
    return { file: `scorecard-${card.locationCode}-${card.period}.pdf`, pdf: await this.pdfs.render(scorecardReport(card, this.clock.now(), language)) };
  }

  /** The caller's rows, each ranked in the whole network, with its customers and revenue at risk. */
  async league(scope: Scope, q: LeagueQuery): Promise<Page<LeagueRow>> {
    const [page, settings] = await Promise.all([this.repo.league(this.ds.manager, scope, q, previousPeriod(q.period)), this.settings.get()]);
    return { ...page, items: page.items.map(({ customers, ...r }) => ({ ...r, moneyAtRisk: money(settings)(customers) })) };
  }

  /**
   * An auditor confirms a scorecard and it becomes the official card of its
   * location and period; only official, non-provisional cards drive
   * enforcement. A revision supersedes the official card, and the audit log
   * names both with their figures. A card older than the official one is
   * outdated and cannot be finalized.
   */
  async finalize(actor: Actor, scope: Scope, id: string): Promise<Scorecard> {
    const card = await this.ds.transaction(async (m) => {
      const card = await this.repo.byId(m, scope, id);
      if (!card) throw scoringErrors.scorecardNotFound();
      const official = await this.repo.lockOfficial(m, card);
      if (official && !official.cardIsNewer) throw official.id === id || card.finalized ? scoringErrors.alreadyFinalized() : scoringErrors.outdated();
      if (!(await this.repo.finalize(m, card, actor.id, this.clock.now()))) throw scoringErrors.alreadyFinalized();
      await this.audit.append(m, actor, {
        action: 'scorecard.finalized',
        entityType: 'scorecard',
        entityId: id,
        after: { locationId: card.locationId, period: card.period, overall: card.overall, band: card.band, provisional: card.provisional, policyVersion: card.policyVersion, supersedes: official?.id ?? null },
      });
      await enqueueWebhookEvent(m, 'scorecard.finalized', this.clock.now(), {
        scorecardId: id, locationId: card.locationId, locationCode: card.locationCode, period: card.period, overall: card.overall, band: card.band,
        provisional: card.provisional, policyVersion: card.policyVersion, supersedes: official?.id ?? null, finalizedBy: actor.label,
      });
      if (official) {
        await this.audit.append(m, actor, {
          action: 'scorecard.superseded',
          entityType: 'scorecard',
          entityId: official.id,
          before: { official: figures(official) },
          after: { official: figures(card), locationId: card.locationId, period: card.period },
        });
      }
      return (await this.repo.byId(m, scope, id)) as Scorecard;
    });
    this.finalizedSubject.next(id);
    return card;
  }
}
