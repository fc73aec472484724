import { z } from 'zod';
import { roleSchema } from '../access/roles.ts';

/** A client company; a deployment can hold many (a consultancy steering vendors for its clients). */
export const workspaceInputSchema = z.object({
  name: z.string().trim().min(1, 'Required').max(120),
  currency: z
    .string()
    .regex(/^[A-Z]{3}$/, 'Expected an ISO 4217 currency code such as "EUR"')
    .default('EUR'),
});
export const workspaceSchema = workspaceInputSchema.extend({ id: z.string(), createdAt: z.string() });
export type Workspace = z.infer<typeof workspaceSchema>;

export const memberSchema = z.object({
  userId: z.string(),
  workspaceId: z.string(),
  email: z.string(),
  name: z.string(),
  role: roleSchema,
  vendorId: z.string().nullable(),
  createdAt: z.string(),
});
export type Member = z.infer<typeof memberSchema>;

export const memberUpdateSchema = z.object({
  role: roleSchema,
  vendorId: z.string().nullable().default(null),
});

export const invitationInputSchema = z.object({
  email: z.email('Expected an e-mail address'),
  role: roleSchema,
  vendorId: z.string().nullable().default(null),
});
export type InvitationInput = z.infer<typeof invitationInputSchema>;

export const invitationSchema = z.object({
  id: z.string(),
  workspaceId: z.string(),
  email: z.string(),
  role: roleSchema,
  vendorId: z.string().nullable(),
  expiresAt: z.string(),
  acceptedAt: z.string().nullable(),
  createdAt: z.string(),
});
export type Invitation = z.infer<typeof invitationSchema>;

export const acceptInvitationSchema = z.object({
  name: z.string().trim().min(1, 'Required').max(120),
  password: z.string().min(10, 'At least 10 characters').max(128),
});
