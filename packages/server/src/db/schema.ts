import type { Generated } from 'kysely';

/**
 * Tables as the application's Kysely instance sees them (CamelCasePlugin maps to the
 * snake_case columns). Instants are ISO 8601 text on both dialects so that SQLite and
 * PostgreSQL answer identically; JSON values are stored as text.
 */
export interface WorkspaceTable {
  id: string;
  name: string;
  currency: string;
  isDemo: number;
  createdAt: string;
}

export interface MembershipTable {
  workspaceId: string;
  userId: string;
  role: string;
  vendorId: string | null;
  createdAt: string;
}

export interface VendorTable {
  id: string;
  workspaceId: string;
  name: string;
  legalEntity: string;
  status: string;
  contactsJson: string;
  createdAt: string;
  updatedAt: string;
}

export interface SiteTable {
  id: string;
  workspaceId: string;
  vendorId: string;
  name: string;
  city: string;
  country: string;
  shore: string;
  languagesJson: string;
  seats: number;
  createdAt: string;
  updatedAt: string;
}

export interface ActivityTable {
  id: string;
  workspaceId: string;
  name: string;
  channel: string;
  direction: string;
  languagesJson: string;
  openingHoursJson: string;
  createdAt: string;
  updatedAt: string;
}

export interface AllocationTable {
  id: string;
  workspaceId: string;
  activityId: string;
  validFrom: string;
  validTo: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface AllocationLineTable {
  allocationId: string;
  position: number;
  vendorId: string;
  siteId: string | null;
  shareBp: number;
}

export interface InvitationTable {
  id: string;
  workspaceId: string;
  email: string;
  role: string;
  vendorId: string | null;
  tokenHash: string;
  invitedBy: string;
  expiresAt: string;
  acceptedAt: string | null;
  createdAt: string;
}

export interface AuditEventTable {
  id: string;
  seq: Generated<number>;
  workspaceId: string;
  actorUserId: string | null;
  actorEmail: string | null;
  at: string;
  action: string;
  entity: string;
  entityId: string;
  beforeJson: string | null;
  afterJson: string | null;
}

/** better-auth's user table, read for names and e-mails. */
export interface UserTable {
  id: string;
  name: string;
  email: string;
}

export interface Database {
  workspace: WorkspaceTable;
  membership: MembershipTable;
  vendor: VendorTable;
  site: SiteTable;
  activity: ActivityTable;
  allocation: AllocationTable;
  allocationLine: AllocationLineTable;
  invitation: InvitationTable;
  auditEvent: AuditEventTable;
  user: UserTable;
}
