import { Signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormControl } from '@angular/forms';
import { debounceTime, distinctUntilChanged, map } from 'rxjs';

/** A search box's term once the typing pauses, trimmed (call in an injection context). */
export function searchTerm(control: FormControl<string>): Signal<string> {
  return toSignal(
    control.valueChanges.pipe(
      debounceTime(300),
      map((term) => term.trim()),
      distinctUntilChanged(),
    ),
    { initialValue: control.value.trim() },
  );
}
