import { ChangeDetectionStrategy, Component, DOCUMENT, computed, inject, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { ClipboardModule } from '@angular/cdk/clipboard';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { API_CLIENT_KINDS, ApiClient, ApiClientKind, PARTNER_CHANNELS } from '@franscore/domain';
import { TranslocoPipe } from '@jsverse/transloco';
import { actionMessage } from '../../http/action-message';
import { errorMessageKey } from '../../http/api-error';
import { LanguageStore } from '../../i18n/language-store';
import { Confirmer } from '../../ui/confirmer';
import { DateTimePipe } from '../../ui/date-time.pipe';
import { EmptyState } from '../../ui/empty-state';
import { ErrorBanner } from '../../ui/error-banner';
import { ApiClientsStore } from '../api-clients-store';
import { PartnerChannel, issueFields, toIssueApiClient } from '../issue-form';
import { wireExample } from '../wire-example';

/** Admins issue, list and revoke the tokens of in-store buttons, partners and point-of-sale feeds. */

@Component({
  selector: 'fs-api-clients-page',
  imports: [
    ReactiveFormsModule,
    ClipboardModule,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatProgressBarModule,
    MatSelectModule,
    TranslocoPipe,
    DateTimePipe,
    EmptyState,
    ErrorBanner,
  ],
  providers: [ApiClientsStore],
  templateUrl: './api-clients-page.html',
  styleUrl: './api-clients-page.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ApiClientsPage {
  protected readonly store = inject(ApiClientsStore);
  readonly #confirmer = inject(Confirmer);
  protected readonly language = inject(LanguageStore).active;
  protected readonly kinds = API_CLIENT_KINDS;
  protected readonly channels = PARTNER_CHANNELS;
  protected readonly errorMessageKey = errorMessageKey;
  /** Where a device sends its complaints: this server, as the browser reached it. */
  readonly #origin = inject(DOCUMENT).location.origin;
  protected readonly copied = signal(false);

  readonly #fb = inject(NonNullableFormBuilder);
  protected readonly form = this.#fb.group({
    name: ['', [Validators.required, Validators.minLength(2), Validators.maxLength(100)]],
    kind: this.#fb.control<ApiClientKind>('in_store_button'),
    locationId: this.#fb.control<string | null>(null),
    channel: this.#fb.control<PartnerChannel | null>(null),
  });
  readonly #kindValue = toSignal(this.form.controls.kind.valueChanges, { initialValue: this.form.controls.kind.value });
  protected readonly fields = computed(() => issueFields(this.#kindValue()));
  protected readonly actionMessage = computed(() => {
    const error = this.store.actionError();
    return error ? actionMessage(error, { conflict: 'apiClients.alreadyRevoked' }) : null;
  });
  protected readonly wire = computed(() => {
    const issued = this.store.issued();
    return issued ? wireExample(issued.client.kind, issued.token, this.#origin) : null;
  });

  protected whereOf(client: ApiClient): string {
    return client.locationCode ? `${client.locationCode} · ${client.locationName ?? ''}` : '';
  }

  protected async issue(): Promise<void> {
    const body = toIssueApiClient(this.form.getRawValue());
    if (!body) {
      this.form.markAllAsTouched();
      return;
    }
    this.copied.set(false);
    if (await this.store.issue(body)) this.form.reset();
  }

  protected async revoke(client: ApiClient): Promise<void> {
    if (!(await this.#confirmer.ask('apiClients.confirmRevoke', { name: client.name }))) return;
    await this.store.revoke(client.id);
  }
}
