import { Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { DEFAULT_POLICY_RULES, Policy, PolicyRules } from '@franscore/domain';
import { Clock } from '../time/clock';
import { PoliciesRepository } from './policies.repository';
import { scoringErrors } from './scoring.errors';

/** The published policy in force; DOMAIN.md's default is published as version 1 on an empty database. */
@Injectable()
export class PolicySource implements OnApplicationBootstrap {
  constructor(
    private readonly ds: DataSource,
    private readonly repo: PoliciesRepository,
    private readonly clock: Clock,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.repo.ensureDefault(this.ds.manager, DEFAULT_POLICY_RULES, this.clock.now());
  }

  /** Pass the transaction's manager when inside one: the embedded pool has a single connection. */
  async inForce(at: Date = this.clock.now(), m: EntityManager = this.ds.manager): Promise<Policy> {
    const policy = await this.repo.inForce(m, at.toISOString().slice(0, 10));
    if (!policy) throw scoringErrors.noPolicy();
    return policy;
  }

  async current(m: EntityManager = this.ds.manager): Promise<PolicyRules> {
    return (await this.inForce(this.clock.now(), m)).rules;
  }
}
