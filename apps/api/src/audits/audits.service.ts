import { Injectable } from '@nestjs/common';
import { randomInt, randomUUID } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { CRITERIA } from '@franscore/domain';
import type { AddFinding, Audit, AuditQuery, AuditSummary, OpenAudit, Page, ScoreCase } from '@franscore/domain';
import { caseScore, sampleCases } from '@franscore/scoring';
import { Actor, AuditLogService } from '../audit-log/audit-log.service';
import { AuthUser } from '../auth/auth-user';
import { Scope, scopeCondition } from '../auth/scope';
import { PlaybooksService } from '../playbooks/playbooks.service';
import { ScorecardsService } from '../scoring/scorecards.service';
import { Clock } from '../time/clock';
import { AuditsRepository } from './audits.repository';
import { auditErrors } from './audits.errors';
import { PhotoStore } from '../photos/photo-store';

@Injectable()
export class AuditsService {
  constructor(
    private readonly ds: DataSource,
    private readonly repo: AuditsRepository,
    private readonly photos: PhotoStore,
    private readonly scorecards: ScorecardsService,
    private readonly audit: AuditLogService,
    private readonly clock: Clock,
    private readonly playbooks: PlaybooksService,
  ) {}

  /** Opens a draft with a stratified sample of the period's handled complaints, reproducible from its stored seed. */
  async open(user: AuthUser, actor: Actor, scope: Scope, input: OpenAudit): Promise<Audit> {
    const id = await this.ds.transaction(async (m) => {
      const params: unknown[] = [input.locationId];
      const visible: unknown[] = await m.query(`SELECT 1 FROM location l WHERE l.id = $1 AND ${scopeCondition(scope, 'l', params)}`, params);
      if (!visible.length) throw auditErrors.locationNotFound();
      const candidates = await this.repo.candidates(m, input.locationId, input.period);
      if (!candidates.length) throw auditErrors.noCases();
      const seed = randomInt(1, 2 ** 31 - 1);
      const sample = sampleCases(candidates, input.sampleSize, seed);
      const auditId = await this.repo.insert(m, { locationId: input.locationId, period: input.period, auditorId: user.id, seed, at: this.clock.now() }, sample);
      await this.audit.append(m, actor, { action: 'audit.opened', entityType: 'audit', entityId: auditId, after: { ...input, seed, sample } });
      return auditId;
    });
    return this.get(scope, id);
  }

  list(scope: Scope, q: AuditQuery): Promise<Page<AuditSummary>> {
    return this.repo.list(this.ds.manager, scope, q);
  }

  async get(scope: Scope, id: string, m: EntityManager = this.ds.manager): Promise<Audit> {
    const summary = await this.repo.summary(m, scope, id);
    if (!summary) throw auditErrors.notFound();
    // One after another: inside a transaction they share one connection.
    const cases = await this.repo.cases(m, id);
    const findings = await this.repo.findings(m, id);
    const gaps = await this.playbooks.gaps(m, cases.map((c) => c.complaintId));
    return { ...summary, cases: cases.map((c) => ({ ...c, playbookGaps: gaps.get(c.complaintId) ?? [] })), findings };
  }

  async scoreCase(scope: Scope, auditId: string, caseId: string, input: ScoreCase): Promise<Audit> {
    return this.ds.transaction(async (m) => {
      await this.draft(m, scope, auditId);
      const score = caseScore(CRITERIA.map((c) => input.criteria[c]));
      if (!(await this.repo.scoreCase(m, auditId, caseId, input.criteria, score, input.notes ?? null))) throw auditErrors.caseNotFound();
      return this.get(scope, auditId, m);
    });
  }

  async addFinding(scope: Scope, auditId: string, input: AddFinding): Promise<Audit> {
    return this.ds.transaction(async (m) => {
      await this.notFinalized(m, scope, auditId);
      await this.repo.addFinding(m, auditId, input.text, this.clock.now());
      return this.get(scope, auditId, m);
    });
  }

  /** The file is written first and recorded after; a failed record leaves an orphan file, never a record without its file. */
  async addPhoto(scope: Scope, auditId: string, findingId: string, bytes: Buffer | undefined): Promise<Audit> {
    if (!bytes?.length) throw auditErrors.photo('no file in the "photo" field');
    await this.notFinalized(this.ds.manager, scope, auditId);
    if (!(await this.repo.findingOf(this.ds.manager, auditId, findingId))) throw auditErrors.findingNotFound();
    const id = randomUUID();
    const contentType = await this.photos.save(id, bytes, { invalid: auditErrors.photo, tooLarge: auditErrors.photoTooLarge });
    await this.repo.addPhoto(this.ds.manager, findingId, { id, contentType, size: bytes.length, key: id, at: this.clock.now() });
    return this.get(scope, auditId);
  }

  async photo(scope: Scope, auditId: string, photoId: string) {
    if (!(await this.repo.summary(this.ds.manager, scope, auditId))) throw auditErrors.notFound();
    const p = await this.repo.photo(this.ds.manager, auditId, photoId);
    if (!p) throw auditErrors.photoNotFound();
    return { contentType: p.contentType, stream: this.photos.open(p.key) };
  }

  async submit(actor: Actor, scope: Scope, auditId: string): Promise<Audit> {
    return this.ds.transaction(async (m) => {
      await this.draft(m, scope, auditId);
      const unscored = (await this.repo.cases(m, auditId)).filter((c) => !c.scored).length;
      if (unscored) throw auditErrors.unscored(unscored);
      await this.repo.setStatus(m, auditId, 'submitted', this.clock.now());
      await this.audit.append(m, actor, { action: 'audit.submitted', entityType: 'audit', entityId: auditId });
      return this.get(scope, auditId, m);
    });
  }

  /** Finalized audits are read-only and count: the location's scorecard for the period is recomputed at once. */
  async finalize(actor: Actor, scope: Scope, auditId: string): Promise<Audit> {
    const audit = await this.ds.transaction(async (m) => {
      const a = await this.repo.summary(m, scope, auditId, true);
      if (!a) throw auditErrors.notFound();
      if (a.status !== 'submitted') throw a.status === 'finalized' ? auditErrors.finalized() : auditErrors.notSubmitted();
      await this.repo.setStatus(m, auditId, 'finalized', this.clock.now());
      const after = await this.get(scope, auditId, m);
      await this.audit.append(m, actor, { action: 'audit.finalized', entityType: 'audit', entityId: auditId, after: { score: after.score, cases: after.cases.map((c) => ({ complaintId: c.complaintId, score: c.score })) } });
      return after;
    });
    await this.scorecards.computeFor([audit.locationId], audit.period);
    return audit;
  }

  private async draft(m: EntityManager, scope: Scope, auditId: string): Promise<void> {
    const a = await this.repo.summary(m, scope, auditId, true);
    if (!a) throw auditErrors.notFound();
    if (a.status !== 'draft') throw auditErrors.notDraft(a.status);
  }

  private async notFinalized(m: EntityManager, scope: Scope, auditId: string): Promise<void> {
    const a = await this.repo.summary(m, scope, auditId);
    if (!a) throw auditErrors.notFound();
    if (a.status === 'finalized') throw auditErrors.finalized();
  }
}
