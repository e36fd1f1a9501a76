import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { ComplaintDetail } from '@franscore/domain';
import { TranslocoPipe } from '@jsverse/transloco';

/** The photo the customer sent with the complaint, for everyone who sees the complaint; nothing when there is none. */
@Component({
  selector: 'fs-complaint-photo',
  imports: [TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (complaint().photo) {
      <figure class="photo">
        <a [href]="url()" target="_blank" rel="noopener">
          <img
            [src]="url()"
            [alt]="'complaints.photo.alt' | transloco: { reference: complaint().reference }"
            data-testid="complaint-photo"
            loading="lazy"
          />
        </a>
        <figcaption>{{ 'complaints.photo.caption' | transloco }}</figcaption>
      </figure>
    }
  `,
  styles: `
    .photo {
      margin: 8px 0 0;
    }
    .photo img {
      display: block;
      max-width: 100%;
      max-height: 50vh;
      height: auto;
      border-radius: 8px;
      object-fit: contain;
    }
    figcaption {
      font: var(--mat-sys-body-small);
      color: var(--mat-sys-on-surface-variant);
    }
  `,
})
export class ComplaintPhoto {
  readonly complaint = input.required<ComplaintDetail>();
  protected readonly url = computed(() => `/api/complaints/${encodeURIComponent(this.complaint().id)}/photo`);
}
