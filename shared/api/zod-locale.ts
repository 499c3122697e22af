import { z } from 'zod';

/** Default zod messages in Indonesian; schemas still name their fields in their own messages. */
z.config(z.locales.id());
