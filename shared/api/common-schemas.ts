import { z } from 'zod';

/** Pieces every domain's contract uses. */
export const id = z.number().int().positive();
export const Id = z.object({ id });
export const MeetingId = z.object({ meetingId: id });
export const Nothing = z.object({}).strict();
