import { Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { CATEGORIES } from '@franscore/domain';
import type { Category, CreatePlaybook, Playbook, PlaybookSeverity, Role, Severity, StepProgress, UpdatePlaybook } from '@franscore/domain';
import { compensationOutOfRange, matchPlaybook, OfferedCompensation, playbookGaps } from '@franscore/scoring';
import { Actor, AuditLogService } from '../audit-log/audit-log.service';
import { Clock } from '../time/clock';
import { DEFAULT_PLAYBOOKS } from './default-playbooks';
import { playbookErrors } from './playbooks.errors';
import { PlaybooksRepository } from './playbooks.repository';

const EDITORS: readonly Role[] = ['admin'];

/** Published playbooks only take part in matching; the type says a version is set. */
type PublishedPlaybook = Playbook & { version: number };
const isPublished = (p: Playbook): p is PublishedPlaybook => p.status === 'published' && p.version !== null;

@Injectable()
export class PlaybooksService implements OnApplicationBootstrap {
  constructor(
    private readonly ds: DataSource,
    private readonly repo: PlaybooksRepository,
    private readonly audit: AuditLogService,
    private readonly clock: Clock,
  ) {}

  /** The product ships with a published playbook for every category (DOMAIN.md "Playbooks"). */
  async onApplicationBootstrap(): Promise<void> {
    const defaults = CATEGORIES.map((category) => ({ category, content: DEFAULT_PLAYBOOKS[category] }));
    await this.repo.ensureDefaults(this.ds.manager, defaults, this.clock.now());
  }

  /** Staff need the published protocol at the counter; drafts are head office's work in progress. */
  list(role: Role): Promise<Playbook[]> {
    return this.repo.list(this.ds.manager, EDITORS.includes(role));
  }

  async get(role: Role, id: string): Promise<Playbook> {
    const p = await this.repo.byId(this.ds.manager, id);
    if (!p || (p.status === 'draft' && !EDITORS.includes(role))) throw playbookErrors.notFound();
    return p;
  }

  async match(category: Category, severity: Severity): Promise<Playbook> {
    const p = await this.forComplaint(this.ds.manager, category, severity);
    if (!p) throw playbookErrors.noMatch();
    return p;
  }

  /** The playbook of a complaint; pass the transaction's manager when inside one. */
  forComplaint(m: EntityManager, category: Category, severity: Severity): Promise<Playbook | null> {
    return this.serving(m, category, severity);
  }

  /**
   * Checks an offer against the complaint's playbook: outside its kinds or
   * range it needs a written reason (400 naming the field otherwise). Gives
   * the playbook's currency to store with the event; null when no playbook serves.
   */
  async checkCompensation(m: EntityManager, complaint: { category: Category; severity: Severity }, offer: OfferedCompensation & { reason?: string }, fieldPrefix = ''): Promise<string | null> {
    const playbook = await this.forComplaint(m, complaint.category, complaint.severity);
    if (!playbook) return null;
    const outside = compensationOutOfRange(playbook.content.compensation, offer);
    if (outside && !offer.reason) throw playbookErrors.compensationOutOfRange(fieldPrefix, outside.field, outside.message);
    return playbook.content.compensation.currency;
  }

  /** Per complaint, the playbook's steps its timeline shows as missing or late (none when no playbook serves it). */
  async gaps(m: EntityManager, complaintIds: readonly string[]): Promise<Map<string, StepProgress[]>> {
    const facts = await this.repo.caseFacts(m, complaintIds);
    const published = (await this.repo.published(m, [...new Set(facts.map((f) => f.category))])).filter(isPublished);
    return new Map(
      facts.map((f) => {
        const playbook = matchPlaybook(published, f.category, f.severity);
        const gaps = playbook ? playbookGaps(playbook.content.steps, f.receivedAt, f.events) : [];
        return [f.complaintId, gaps.map((g) => ({ event: g.step.event, title: g.step.title, state: g.state, at: g.at?.toISOString() ?? null, dueAt: g.dueAt?.toISOString() ?? null }))];
      }),
    );
  }

  /** A new draft starts from the playbook serving its category and severity now, unless content is given. */
  async createDraft(actor: Actor, input: CreatePlaybook): Promise<Playbook> {
    return this.ds.transaction(async (m) => {
      const content = input.content ?? (await this.serving(m, input.category, input.severity))?.content ?? DEFAULT_PLAYBOOKS[input.category];
      const id = await this.repo.insertDraft(m, { category: input.category, severity: input.severity, content }, this.clock.now(), actor.id);
      const created = (await this.repo.byId(m, id)) as Playbook;
      await this.audit.append(m, actor, { action: 'playbook.draft_created', entityType: 'playbook', entityId: id, after: created });
      return created;
    });
  }

  async updateDraft(actor: Actor, id: string, input: UpdatePlaybook): Promise<Playbook> {
    return this.ds.transaction(async (m) => {
      const before = await this.draft(m, id);
      await this.repo.updateDraft(m, id, input.content);
      const after = (await this.repo.byId(m, id)) as Playbook;
      await this.audit.append(m, actor, { action: 'playbook.draft_updated', entityType: 'playbook', entityId: id, before, after });
      return after;
    });
  }

  async publish(actor: Actor, id: string): Promise<Playbook> {
    return this.ds.transaction(async (m) => {
      const before = await this.draft(m, id);
      await this.repo.publish(m, id, this.clock.now(), actor.id);
      const after = (await this.repo.byId(m, id)) as Playbook;
      await this.audit.append(m, actor, { action: 'playbook.published', entityType: 'playbook', entityId: id, before, after });
      return after;
    });
  }

  /** What serves a category and severity now; for `*`, the newest `*` playbook (matched over `*` ones only). */
  private async serving(m: EntityManager, category: Category, severity: PlaybookSeverity): Promise<Playbook | null> {
    const published = (await this.repo.published(m, [category])).filter(isPublished);
    if (severity !== '*') return matchPlaybook(published, category, severity);
    return matchPlaybook(published.filter((p) => p.severity === '*'), category, 'minor');
  }

  private async draft(m: EntityManager, id: string): Promise<Playbook> {
    const p = await this.repo.byId(m, id, true);
    if (!p) throw playbookErrors.notFound();
    if (p.status !== 'draft') throw playbookErrors.published();
    return p;
  }
}
