import type { z } from 'zod';
import type { HouseholdInputSchema } from '../../../shared/household/schema';

/** What the form holds before the schema has parsed it. */
export type HouseholdFormValues = z.input<typeof HouseholdInputSchema>;

export const emptyToNull = (value: unknown) => (value === '' || value === undefined ? null : value);
export const toNumberOrNull = (value: unknown) => (value === '' || value === null || value === undefined ? null : Number(value));
