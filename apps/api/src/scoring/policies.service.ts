import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { CreatePolicy, Policy, Role, Simulation, UpdatePolicy } from '@franscore/domain';
import { simulatePolicy, SimulatedLocation, slaTargetsDiffer } from '@franscore/scoring';
import { Actor, AuditLogService } from '../audit-log/audit-log.service';
import { Clock } from '../time/clock';
import { PoliciesRepository } from './policies.repository';
import { PolicySource } from './policy-source';
import { ScorecardInputsRepository } from './scorecard-inputs.repository';
import { OpenLocationsRepository } from './open-locations.repository';
import { scoringErrors } from './scoring.errors';
import { SlaSimulation } from './sla-simulation';

const DRAFT_EDITORS: readonly Role[] = ['admin'];

@Injectable()
export class PoliciesService {
  constructor(
    private readonly ds: DataSource,
    private readonly repo: PoliciesRepository,
    private readonly source: PolicySource,
    private readonly inputs: ScorecardInputsRepository,
    private readonly locations: OpenLocationsRepository,
    private readonly audit: AuditLogService,
    private readonly clock: Clock,
    private readonly sla: SlaSimulation,
  ) {}

  /** Everyone may read published policies (scores must be explainable); drafts are for admins. */
  list(role: Role): Promise<Policy[]> {
    return this.repo.list(this.ds.manager, DRAFT_EDITORS.includes(role));
  }

  async get(role: Role, id: string): Promise<Policy> {
    const p = await this.repo.byId(this.ds.manager, id);
    if (!p || (p.status === 'draft' && !DRAFT_EDITORS.includes(role))) throw scoringErrors.policyNotFound();
    return p;
  }

  /** A new draft starts from the policy in force unless rules are given. */
  async createDraft(actor: Actor, input: CreatePolicy): Promise<Policy> {
    const rules = input.rules ?? (await this.source.current());
    return this.ds.transaction(async (m) => {
      const id = await this.repo.insertDraft(m, input.name, rules, this.clock.now());
      const created = (await this.repo.byId(m, id)) as Policy;
      await this.audit.append(m, actor, { action: 'policy.draft_created', entityType: 'policy', entityId: id, after: created });
      return created;
    });
  }

  async updateDraft(actor: Actor, id: string, input: UpdatePolicy): Promise<Policy> {
    return this.ds.transaction(async (m) => {
      const before = await this.repo.byId(m, id, true);
      if (!before) throw scoringErrors.policyNotFound();
      if (before.status !== 'draft') throw scoringErrors.policyPublished();
      await this.repo.updateDraft(m, id, input.name ?? before.name, input.rules ?? before.rules);
      const after = (await this.repo.byId(m, id)) as Policy;
      await this.audit.append(m, actor, { action: 'policy.draft_updated', entityType: 'policy', entityId: id, before, after });
      return after;
    });
  }

  async publish(actor: Actor, id: string, effectiveFrom: string): Promise<Policy> {
    return this.ds.transaction(async (m) => {
      const before = await this.repo.byId(m, id, true);
      if (!before) throw scoringErrors.policyNotFound();
      if (before.status !== 'draft') throw scoringErrors.policyPublished();
      await this.repo.publish(m, id, effectiveFrom, this.clock.now(), actor.id);
      const after = (await this.repo.byId(m, id)) as Policy;
      await this.audit.append(m, actor, { action: 'policy.published', entityType: 'policy', entityId: id, before, after });
      return after;
    });
  }

  /** Per-location facts of a period, so the portal can re-score them as the draft changes. */
  async simulationInputs(period: string): Promise<SimulatedLocation[]> {
    const asOf = this.clock.now();
    const out: SimulatedLocation[] = [];
    for (let after: string | null = null; ; ) {
      const batch = await this.locations.page(this.ds.manager, after);
      if (!batch.length) return out;
      const facts = await this.inputs.facts(this.ds.manager, batch.map((l) => l.id), period, asOf);
      for (const l of batch) out.push({ locationId: l.id, locationCode: l.code, inputs: facts.get(l.id)?.inputs as SimulatedLocation['inputs'] });
      after = batch[batch.length - 1].id;
    }
  }

  async simulate(role: Role, id: string, period: string): Promise<Simulation> {
    const draft = await this.get(role, id);
    const [current, locations] = await Promise.all([this.source.current(), this.simulationInputs(period)]);
    if (!slaTargetsDiffer(current.slaMinutes, draft.rules.slaMinutes)) return { period, ...simulatePolicy(locations, current, draft.rules) };
    const retargeted = await this.sla.retarget(locations, period, this.clock.now(), current, draft.rules);
    return { period, ...simulatePolicy(retargeted.locations, current, draft.rules), sla: retargeted.sla };
  }
}
