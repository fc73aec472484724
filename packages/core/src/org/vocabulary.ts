import { z } from 'zod';

/** Contact channels a flow can run on (DOMAIN.md). */
export const CHANNELS = ['phone', 'email', 'chat', 'social', 'mail', 'messaging', 'web_callback'] as const;
export const channelSchema = z.enum(CHANNELS);
export type Channel = z.infer<typeof channelSchema>;

/** Where a site stands relative to the client's market. */
export const SHORES = ['onshore', 'nearshore', 'offshore'] as const;
export const shoreSchema = z.enum(SHORES);
export type Shore = z.infer<typeof shoreSchema>;

/** Lifecycle of the relationship with a vendor. */
export const VENDOR_STATUSES = ['prospect', 'active', 'suspended', 'ended'] as const;
export const vendorStatusSchema = z.enum(VENDOR_STATUSES);
export type VendorStatus = z.infer<typeof vendorStatusSchema>;

export const DIRECTIONS = ['inbound', 'outbound'] as const;
export const directionSchema = z.enum(DIRECTIONS);
export type Direction = z.infer<typeof directionSchema>;

/** ISO 639-1 language code, lower case ("fr", "en"). */
export const languageSchema = z
  .string()
  .regex(/^[a-z]{2}$/, 'Expected an ISO 639-1 language code such as "fr"');
/** ISO 3166-1 alpha-2 country code, upper case ("FR", "MA"). */
export const countrySchema = z
  .string()
  .regex(/^[A-Z]{2}$/, 'Expected an ISO 3166-1 country code such as "FR"');

export const languagesSchema = z
  .array(languageSchema)
  .min(1, 'At least one language')
  .refine((l) => new Set(l).size === l.length, { message: 'A language is listed twice' });
