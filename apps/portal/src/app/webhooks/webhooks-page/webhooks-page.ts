import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { ClipboardModule } from '@angular/cdk/clipboard';
import { FormControl, FormGroup, NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { WEBHOOK_EVENT_TYPES, WEBHOOK_SIGNATURE_TOLERANCE_SECONDS, WebhookDelivery, WebhookEndpoint, WebhookEventType } from '@franscore/domain';
import { TranslocoPipe } from '@jsverse/transloco';
import { actionMessage } from '../../http/action-message';
import { errorMessageKey } from '../../http/api-error';
import { LanguageStore } from '../../i18n/language-store';
import { Confirmer } from '../../ui/confirmer';
import { DateTimePipe } from '../../ui/date-time.pipe';
import { EmptyState } from '../../ui/empty-state';
import { ErrorBanner } from '../../ui/error-banner';
import { allEvents, toCreateWebhookEndpoint } from '../webhook-form';
import { WebhooksStore } from '../webhooks-store';

const LOG_PAGE_SIZE = 20;

/** Admins register the chain's systems that hear of complaints, breaches, scorecards and cases, and read how each delivery went. */
@Component({
  selector: 'fs-webhooks-page',
  imports: [
    ReactiveFormsModule,
    ClipboardModule,
    MatButtonModule,
    MatCheckboxModule,
    MatFormFieldModule,
    MatInputModule,
    MatProgressBarModule,
    TranslocoPipe,
    DateTimePipe,
    EmptyState,
    ErrorBanner,
  ],
  providers: [WebhooksStore],
  templateUrl: './webhooks-page.html',
  styleUrl: './webhooks-page.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class WebhooksPage {
  protected readonly store = inject(WebhooksStore);
  readonly #confirmer = inject(Confirmer);
  protected readonly language = inject(LanguageStore).active;
  protected readonly eventTypes = WEBHOOK_EVENT_TYPES;
  protected readonly tolerance = String(WEBHOOK_SIGNATURE_TOLERANCE_SECONDS);
  protected readonly errorMessageKey = errorMessageKey;
  protected readonly copied = signal(false);

  readonly #fb = inject(NonNullableFormBuilder);
  protected readonly form = this.#fb.group({
    url: ['', [Validators.required, Validators.maxLength(2048)]],
    description: ['', [Validators.maxLength(200)]],
    events: new FormGroup(
      Object.fromEntries(WEBHOOK_EVENT_TYPES.map((type) => [type, new FormControl(true, { nonNullable: true })])) as Record<WebhookEventType, FormControl<boolean>>,
    ),
  });
  protected readonly noEvent = signal(false);
  protected readonly actionMessage = computed(() => {
    const error = this.store.actionError();
    return error ? actionMessage(error, { conflict: 'webhooks.inactiveReplay' }) : null;
  });
  protected readonly logPages = computed(() => Math.max(1, Math.ceil(this.store.logTotal() / LOG_PAGE_SIZE)));

  protected async create(): Promise<void> {
    const body = toCreateWebhookEndpoint(this.form.getRawValue());
    this.noEvent.set(!Object.values(this.form.getRawValue().events).some(Boolean));
    if (!body) {
      this.form.markAllAsTouched();
      return;
    }
    this.copied.set(false);
    if (await this.store.create(body)) this.form.reset({ url: '', description: '', events: allEvents() });
  }

  protected async setActive(endpoint: WebhookEndpoint, active: boolean): Promise<void> {
    if (!active && !(await this.#confirmer.ask('webhooks.confirmDeactivate', { url: endpoint.url }))) return;
    await this.store.setActive(endpoint.id, active);
  }

  protected async rotate(endpoint: WebhookEndpoint): Promise<void> {
    if (!(await this.#confirmer.ask('webhooks.confirmRotate', { url: endpoint.url }))) return;
    this.copied.set(false);
    await this.store.rotateSecret(endpoint.id);
  }

  protected async replay(delivery: WebhookDelivery): Promise<void> {
    await this.store.replay(delivery.id);
  }

  protected canReplay(delivery: WebhookDelivery): boolean {
    return delivery.status !== 'pending';
  }
}
