import { z } from 'zod';
import { vendorStatusSchema } from './vocabulary.ts';

export const vendorContactSchema = z.object({
  name: z.string().trim().min(1).max(120),
  role: z.string().trim().max(120).default(''),
  email: z.union([z.email(), z.literal('')]).default(''),
  phone: z.string().trim().max(40).default(''),
});
export type VendorContact = z.infer<typeof vendorContactSchema>;

/** What a user fills in to create or replace a vendor. */
export const vendorInputSchema = z.object({
  name: z.string().trim().min(1, 'Required').max(120),
  legalEntity: z.string().trim().max(200).default(''),
  status: vendorStatusSchema.default('active'),
  contacts: z.array(vendorContactSchema).max(50).default([]),
});
export type VendorInput = z.infer<typeof vendorInputSchema>;

export const vendorSchema = vendorInputSchema.extend({
  id: z.string(),
  workspaceId: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Vendor = z.infer<typeof vendorSchema>;
