import type { Role } from './roles.ts';

/** Who is acting, inside one workspace. */
export interface Actor {
  readonly userId: string;
  readonly workspaceId: string;
  readonly role: Role;
  /** set for vendor users only */
  readonly vendorId: string | null;
}

export type Resource =
  | 'workspace'
  | 'vendor'
  | 'site'
  | 'activity'
  | 'allocation'
  | 'member'
  | 'invitation'
  | 'audit'
  | 'kpi'
  | 'target'
  | 'import'
  | 'mapping'
  | 'contract'
  | 'invoice'
  | 'month_input'
  | 'transcript'
  | 'analysis'
  | 'library'
  | 'sample'
  | 'report'
  | 'cycle';
export type Action = 'read' | 'create' | 'update' | 'delete';

const EVERYONE: readonly Role[] = ['admin', 'manager', 'analyst', 'finance', 'viewer', 'vendor'];
const ORG_EDITORS: readonly Role[] = ['admin', 'manager'];
const ADMINS: readonly Role[] = ['admin'];
/** the client's people who sign contracts and pay invoices */
const BUYERS: readonly Role[] = ['admin', 'manager', 'finance'];
/** invoices and monthly inputs come from both sides; use cases say which side does what */
const BOTH_SIDES: readonly Role[] = [...BUYERS, 'vendor'];
/** the client's people who load contact records and transcripts, and analyse calls */
const IMPORTERS: readonly Role[] = ['admin', 'manager', 'analyst'];

type Grants = Readonly<Record<Action, readonly Role[]>>;

/**
 * The one table that says who may do what. Reads by vendor users are further narrowed to
 * their own vendor by `readScope`, applied inside every repository query.
 */
const GRANTS: Readonly<Record<Resource, Grants>> = {
  workspace: { read: EVERYONE, create: [], update: ADMINS, delete: [] },
  vendor: { read: EVERYONE, create: ORG_EDITORS, update: ORG_EDITORS, delete: ORG_EDITORS },
  site: { read: EVERYONE, create: ORG_EDITORS, update: ORG_EDITORS, delete: ORG_EDITORS },
  activity: { read: EVERYONE, create: ORG_EDITORS, update: ORG_EDITORS, delete: ORG_EDITORS },
  allocation: { read: EVERYONE, create: ORG_EDITORS, update: ORG_EDITORS, delete: ORG_EDITORS },
  member: { read: ['admin', 'manager'], create: ADMINS, update: ADMINS, delete: ADMINS },
  invitation: { read: ADMINS, create: ADMINS, update: ADMINS, delete: ADMINS },
  audit: { read: ADMINS, create: [], update: [], delete: [] },
  /** figures and the contacts behind them; vendor users see their own vendor's only */
  kpi: { read: EVERYONE, create: [], update: ADMINS, delete: [] },
  target: { read: EVERYONE, create: ORG_EDITORS, update: ORG_EDITORS, delete: ORG_EDITORS },
  import: { read: IMPORTERS, create: IMPORTERS, update: IMPORTERS, delete: [] },
  mapping: { read: IMPORTERS, create: IMPORTERS, update: IMPORTERS, delete: IMPORTERS },
  /** vendor users read their own vendor's contracts and statements */
  contract: { read: EVERYONE, create: BUYERS, update: BUYERS, delete: BUYERS },
  /** vendor users upload their own invoices and answer the client's disputes */
  invoice: { read: EVERYONE, create: BOTH_SIDES, update: BOTH_SIDES, delete: BOTH_SIDES },
  /** hours and FTE (the vendor's staffing), outcome counts, the client's forecast */
  month_input: { read: EVERYONE, create: BOTH_SIDES, update: BOTH_SIDES, delete: [] },
  /** transcribed calls; vendor users read their own vendor's */
  transcript: { read: EVERYONE, create: IMPORTERS, update: [], delete: IMPORTERS },
  /** analysis runs and their figures; vendor users read them over their own calls only */
  analysis: { read: EVERYONE, create: IMPORTERS, update: IMPORTERS, delete: IMPORTERS },
  /** practice libraries: everyone may read the rules behind the figures */
  library: { read: EVERYONE, create: IMPORTERS, update: IMPORTERS, delete: IMPORTERS },
  /** sample plans and their draws; vendor users read those of their own vendor, to check them */
  sample: { read: EVERYONE, create: IMPORTERS, update: IMPORTERS, delete: IMPORTERS },
  /**
   * feedback reports: the client's analysts draft, edit and publish them; vendor users read their
   * own vendor's published ones and answer their questions (the use cases tell the two apart)
   */
  report: { read: EVERYONE, create: IMPORTERS, update: [...IMPORTERS, 'vendor'], delete: IMPORTERS },
  /**
   * coaching cycles: the client's analysts set the focus, objectives and measures; vendor users
   * read their own vendor's and keep its action plan (the use cases tell the two apart)
   */
  cycle: { read: EVERYONE, create: IMPORTERS, update: [...IMPORTERS, 'vendor'], delete: IMPORTERS },
};

/** May this actor perform this action on this kind of resource? */
export function can(actor: Pick<Actor, 'role'>, action: Action, resource: Resource): boolean {
  return GRANTS[resource][action].includes(actor.role);
}

/** What a query must be narrowed to: always the workspace, and the vendor for vendor users. */
export interface ReadScope {
  readonly workspaceId: string;
  readonly vendorId: string | null;
}

export function readScope(actor: Actor): ReadScope {
  return { workspaceId: actor.workspaceId, vendorId: actor.role === 'vendor' ? actor.vendorId : null };
}
