import type { FieldPath, FieldValues, UseFormSetError } from 'react-hook-form';
import type { FieldFailureHandler } from './useBusyAction';

interface Options<T extends FieldValues> {
  /** Only these fields; by default any field the API names. */
  only?: readonly FieldPath<T>[];
  focus?: boolean;
}

/** For useBusyAction in a react-hook-form form: the API's refusal of a field appears under that field. */
export function atFormField<T extends FieldValues>(setError: UseFormSetError<T>, { only, focus = false }: Options<T> = {}): FieldFailureHandler {
  return (field, message) => {
    if (only && !only.some((f) => f === field)) return false;
    // The API names fields by the same dotted paths react-hook-form uses (e.g. "members.2.nik").
    setError(field as FieldPath<T>, { message }, { shouldFocus: focus });
    return true;
  };
}
