import { useState } from 'react';
import { useController } from 'react-hook-form';
import type { FieldPath, FieldValues } from 'react-hook-form';
import { displayToIso, isoToDisplay } from '../../../shared/format/date-input';

interface DateInputProps<T extends FieldValues> {
  id: string;
  name: FieldPath<T>;
  invalid: boolean;
}

/**
 * Dates typed the way a KTP prints them (HH-BB-TTTT), whatever the computer's locale; the form holds ISO.
 * Unparseable text is passed on as is so the schema can say what is wrong.
 */
export function DateInput<T extends FieldValues>({ id, name, invalid }: DateInputProps<T>) {
  const {
    field: { ref, value, onBlur, onChange },
  } = useController<T>({ name });
  const [text, setText] = useState(() => (typeof value === 'string' ? isoToDisplay(value) : ''));
  return (
    <input
      id={id}
      ref={ref}
      name={name}
      inputMode="numeric"
      placeholder="HH-BB-TTTT"
      maxLength={10}
      value={text}
      aria-invalid={invalid}
      onBlur={onBlur}
      onChange={(e) => {
        setText(e.target.value);
        onChange(displayToIso(e.target.value) ?? e.target.value);
      }}
    />
  );
}
