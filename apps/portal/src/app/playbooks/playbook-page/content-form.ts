import { FormArray, FormControl, FormGroup, Validators } from '@angular/forms';
import { CompensationRange, LocalizedText, PlaybookContent, PlaybookStep } from '@franscore/domain';

export type TextForm = FormGroup<{ en: FormControl<string>; ru: FormControl<string> }>;
export type StepForm = FormGroup<{
  event: FormControl<PlaybookStep['event']>;
  title: TextForm;
  detail: TextForm;
  withinMinutes: FormControl<number | null>;
}>;
export type ContentForm = FormGroup<{
  steps: FormArray<StepForm>;
  sayPhrases: FormArray<TextForm>;
  avoidPhrases: FormArray<TextForm>;
  callIn: FormArray<TextForm>;
  compensation: FormGroup<{
    kinds: FormControl<CompensationRange['kinds']>;
    min: FormControl<number>;
    max: FormControl<number>;
    currency: FormControl<string>;
  }>;
}>;

const text = (value = ''): FormControl<string> =>
  new FormControl(value, {
    nonNullable: true,
    validators: [Validators.required, Validators.maxLength(1000)],
  });

export function textForm(t: LocalizedText = { en: '', ru: '' }): TextForm {
  return new FormGroup({ en: text(t.en), ru: text(t.ru) });
}

export function stepForm(s?: PlaybookStep): StepForm {
  return new FormGroup({
    event: new FormControl<PlaybookStep['event']>(s?.event ?? 'action_taken', {
      nonNullable: true,
    }),
    title: textForm(s?.title),
    detail: textForm(s?.detail),
    withinMinutes: new FormControl<number | null>(s?.withinMinutes ?? null, [Validators.min(1)]),
  });
}

/** The editor's form, shaped like the content so its raw value is the request body. */
export function contentForm(c: PlaybookContent): ContentForm {
  return new FormGroup({
    steps: new FormArray(c.steps.map(stepForm)),
    sayPhrases: new FormArray(c.sayPhrases.map(textForm)),
    avoidPhrases: new FormArray(c.avoidPhrases.map(textForm)),
    callIn: new FormArray(c.callIn.map(textForm)),
    compensation: new FormGroup({
      kinds: new FormControl(c.compensation.kinds, { nonNullable: true }),
      min: new FormControl(c.compensation.min, { nonNullable: true }),
      max: new FormControl(c.compensation.max, { nonNullable: true }),
      currency: new FormControl(c.compensation.currency, { nonNullable: true }),
    }),
  });
}
