import { z } from 'zod';
import { countrySchema, languagesSchema, shoreSchema } from './vocabulary.ts';

/** A production site of a vendor. */
export const siteInputSchema = z.object({
  vendorId: z.string().min(1, 'Required'),
  name: z.string().trim().min(1, 'Required').max(120),
  city: z.string().trim().min(1, 'Required').max(120),
  country: countrySchema,
  shore: shoreSchema,
  languages: languagesSchema,
  seats: z.number().int('Whole seats only').min(0).max(100_000),
});
export type SiteInput = z.infer<typeof siteInputSchema>;

export const siteSchema = siteInputSchema.extend({
  id: z.string(),
  workspaceId: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Site = z.infer<typeof siteSchema>;
