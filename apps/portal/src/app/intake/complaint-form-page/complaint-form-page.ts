import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  Injector,
  afterNextRender,
  computed,
  inject,
  input,
  signal,
} from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { RouterLink } from '@angular/router';
import { CATEGORIES, Category, ComplaintReceipt, PublicLocation } from '@franscore/domain';
import { TranslocoPipe } from '@jsverse/transloco';
import { catchError, firstValueFrom, map, of, startWith, switchMap } from 'rxjs';
import { ApiError, errorMessageKey, toApiError } from '../../http/api-error';
import { ErrorBanner } from '../../ui/error-banner';
import { PublicFrame } from '../../ui/public-frame';
import {
  FormField,
  fieldMessageKey,
  newIdempotencyKey,
  photoRefusal,
  serverFieldErrors,
  submitErrorKey,
  toPublicComplaint,
} from '../complaint-form';
import { IntakeApi } from '../intake-api';
import { PhotoProblem, photoProblem } from '../../ui/photo-check';

type LocationLoad =
  | { readonly state: 'loading' }
  | { readonly state: 'ready'; readonly location: PublicLocation }
  | { readonly state: 'failed'; readonly error: ApiError };

const PHONE = /^[+0-9 ()-]{5,30}$/;
/** As the server reads an order number (OrderNumberSchema): what a receipt prints. */
const ORDER_NUMBER = /^\s*#?[A-Za-z0-9][A-Za-z0-9 #./_-]*\s*$/;

/** The customer's complaint form for one location, reached from its QR poster. */
@Component({
  selector: 'fs-complaint-form-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatProgressBarModule,
    MatSelectModule,
    TranslocoPipe,
    ErrorBanner,
    PublicFrame,
  ],
  templateUrl: './complaint-form-page.html',
  styleUrl: './complaint-form-page.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ComplaintFormPage {
  readonly #api = inject(IntakeApi);
  readonly #host = inject<ElementRef<HTMLElement>>(ElementRef);
  readonly #injector = inject(Injector);
  readonly #fb = inject(NonNullableFormBuilder);
  /** One key per filled-in form: every retry of it reuses the key, so it is filed at most once. */
  #idempotencyKey = newIdempotencyKey();

  /** The location code, bound from the route. */
  readonly code = input.required<string>();

  protected readonly categories = CATEGORIES;
  protected readonly errorMessageKey = errorMessageKey;
  readonly #attempt = signal(0);
  protected readonly location = toSignal(
    toObservable(computed(() => ({ code: this.code(), attempt: this.#attempt() }))).pipe(
      switchMap(({ code }) =>
        this.#api.location(code).pipe(
          map((location): LocationLoad => ({ state: 'ready', location })),
          catchError((error: unknown) =>
            of<LocationLoad>({ state: 'failed', error: toApiError(error) }),
          ),
          startWith<LocationLoad>({ state: 'loading' }),
        ),
      ),
    ),
    { initialValue: { state: 'loading' } as LocationLoad },
  );

  protected readonly form = this.#fb.group({
    category: this.#fb.control<Category | null>(null, Validators.required),
    description: ['', [Validators.required, Validators.minLength(3), Validators.maxLength(4000)]],
    remedySought: ['', Validators.maxLength(1000)],
    name: ['', Validators.maxLength(200)],
    email: ['', [Validators.email, Validators.maxLength(200)]],
    phone: ['', Validators.pattern(PHONE)],
    orderNumber: ['', [Validators.maxLength(40), Validators.pattern(ORDER_NUMBER)]],
    visitedAt: [''],
    website: [''],
  });
  protected readonly submitting = signal(false);
  protected readonly receipt = signal<ComplaintReceipt | null>(null);
  protected readonly errorKey = signal<string | null>(null);
  /** The customer's optional photo, checked as the server will (type, size) before it is sent. */
  protected readonly photo = signal<File | null>(null);
  protected readonly photoProblem = signal<PhotoProblem | null>(null);

  protected choosePhoto(event: Event): void {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0] ?? null;
    const problem = file ? photoProblem(file) : null;
    this.photoProblem.set(problem);
    this.photo.set(file && !problem ? file : null);
    // A refused file is not kept: the same one may be chosen again once fixed.
    if (problem) input.value = '';
  }

  protected removePhoto(input: HTMLInputElement): void {
    input.value = '';
    this.photo.set(null);
    this.photoProblem.set(null);
    input.focus();
  }

  protected retryLocation(): void {
    this.#attempt.update((n) => n + 1);
  }

  /** Read on every check: the errors live in the form, which has no signals of its own. */
  protected messageKey(field: FormField): string | null {
    return fieldMessageKey(field, this.form.controls[field].errors);
  }

  protected async submit(): Promise<void> {
    if (this.submitting() || this.receipt()) return;
    this.errorKey.set(null);
    const body = toPublicComplaint(this.form.getRawValue());
    if (this.form.invalid || !body || this.photoProblem()) {
      this.form.markAllAsTouched();
      this.errorKey.set('complaintForm.errors.checkFields');
      this.#focusAfterRender('[aria-invalid="true"]');
      return;
    }
    this.submitting.set(true);
    try {
      const receipt = await firstValueFrom(
        this.#api.submit(this.code(), this.#idempotencyKey, body, this.photo()),
      );
      this.receipt.set(receipt);
      this.#focusAfterRender('#receipt-heading');
    } catch (error) {
      const apiError = toApiError(error);
      const fieldErrors = apiError.status === 400 ? serverFieldErrors(apiError.body) : null;
      const photoRefused = photoRefusal(apiError.status, apiError.body);
      if (photoRefused) {
        this.photoProblem.set(photoRefused);
        this.photo.set(null);
      }
      for (const [field, message] of Object.entries(fieldErrors?.fields ?? {})) {
        const control = this.form.get(field);
        control?.setErrors({ server: message });
        control?.markAsTouched();
      }
      this.errorKey.set(submitErrorKey(apiError.status, fieldErrors));
      this.#focusAfterRender('[aria-invalid="true"]');
    } finally {
      this.submitting.set(false);
    }
  }

  protected fileAnother(): void {
    this.#idempotencyKey = newIdempotencyKey();
    this.form.reset();
    this.photo.set(null);
    this.photoProblem.set(null);
    this.errorKey.set(null);
    this.receipt.set(null);
    this.#focusAfterRender('#complaint-form-heading');
  }

  /** Focus follows the outcome, so keyboard and screen-reader users land where the news is. */
  #focusAfterRender(selector: string): void {
    afterNextRender(() => this.#host.nativeElement.querySelector<HTMLElement>(selector)?.focus(), {
      injector: this.#injector,
    });
  }
}
