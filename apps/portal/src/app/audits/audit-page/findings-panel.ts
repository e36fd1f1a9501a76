import { ChangeDetectionStrategy, Component, inject, input, signal } from '@angular/core';
import { FormControl, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { Audit } from '@franscore/domain';
import { TranslocoPipe } from '@jsverse/transloco';
import { DateTimePipe } from '../../ui/date-time.pipe';
import { auditPhotoUrl } from '../audits-api';
import { AuditStore } from '../audit-store';
import { PhotoProblem, photoProblem } from '../../ui/photo-check';

/** What the auditor saw on the visit: findings in words, each with photos taken on the tablet. */
@Component({
  selector: 'fs-findings-panel',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    TranslocoPipe,
    DateTimePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (audit().findings.length === 0) {
      <p class="empty">{{ 'audits.findings.empty' | transloco }}</p>
    }
    <ol class="findings">
      @for (finding of audit().findings; track finding.id; let n = $index) {
        <li class="finding" data-testid="finding">
          <p class="text">{{ finding.text }}</p>
          <p class="meta">
            <time [attr.datetime]="finding.createdAt">{{
              finding.createdAt | fsDateTime: language()
            }}</time>
          </p>
          @if (finding.photos.length) {
            <ul class="photos">
              @for (photo of finding.photos; track photo.id; let p = $index) {
                <li>
                  <img
                    [src]="photoUrl(photo.id)"
                    [alt]="'audits.findings.photoAlt' | transloco: { photo: p + 1, finding: n + 1 }"
                    loading="lazy"
                  />
                </li>
              }
            </ul>
          }
          @if (editable()) {
            <label class="upload">
              <span>{{ 'audits.findings.addPhoto' | transloco: { finding: n + 1 } }}</span>
              <input
                type="file"
                accept="image/*"
                capture="environment"
                [disabled]="store.busy()"
                (change)="upload(finding.id, $event)"
              />
            </label>
          }
        </li>
      }
    </ol>
    <p class="problem" role="alert">
      @if (problem(); as problem) {
        {{ 'audits.photo.' + problem | transloco }}
      }
    </p>
    @if (editable()) {
      <form class="add" (submit)="$event.preventDefault(); add()" novalidate>
        <mat-form-field class="field">
          <mat-label>{{ 'audits.findings.text' | transloco }}</mat-label>
          <textarea matInput [formControl]="text" rows="3" required maxlength="4000"></textarea>
          @if (text.invalid && text.touched) {
            <mat-error>{{ 'audits.findings.textRequired' | transloco }}</mat-error>
          }
        </mat-form-field>
        <button type="submit" matButton="outlined" [disabled]="store.busy()">
          {{ 'audits.findings.add' | transloco }}
        </button>
      </form>
    }
  `,
  styles: `
    .findings {
      padding-left: 20px;
    }
    .finding {
      margin-bottom: 16px;
    }
    .text {
      margin: 0;
      white-space: pre-wrap;
    }
    .meta,
    .empty {
      color: var(--mat-sys-on-surface-variant);
    }
    .photos {
      display: flex;
      flex-wrap: wrap;
      gap: 8px;
      padding: 0;
      list-style: none;
    }
    .photos img {
      width: 160px;
      height: 120px;
      object-fit: cover;
      border-radius: 8px;
    }
    .upload {
      display: inline-flex;
      flex-direction: column;
      gap: 4px;
      min-height: 48px;
    }
    .problem:empty {
      display: none;
    }
    .problem {
      color: var(--mat-sys-error);
    }
    .add {
      display: flex;
      flex-wrap: wrap;
      align-items: flex-start;
      gap: 8px 16px;
    }
    .field {
      flex: 1 1 320px;
    }
  `,
})
export class FindingsPanel {
  protected readonly store = inject(AuditStore);
  readonly audit = input.required<Audit>();
  readonly editable = input.required<boolean>();
  readonly language = input.required<string>();

  protected readonly problem = signal<PhotoProblem | null>(null);
  protected readonly text = new FormControl('', {
    nonNullable: true,
    validators: [Validators.required, Validators.minLength(3), Validators.maxLength(4000)],
  });

  protected photoUrl(photoId: string): string {
    return auditPhotoUrl(this.audit().id, photoId);
  }

  protected async add(): Promise<void> {
    if (this.text.invalid || !this.text.value.trim()) {
      this.text.markAsTouched();
      return;
    }
    if (await this.store.addFinding(this.text.value)) this.text.reset();
  }

  protected async upload(findingId: string, event: Event): Promise<void> {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    if (!file) return;
    const problem = photoProblem(file);
    this.problem.set(problem);
    if (!problem) await this.store.addPhoto(findingId, file);
    // The same file may be chosen again after a failure.
    input.value = '';
  }
}
