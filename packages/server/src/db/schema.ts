import type { KpiCounts } from '@vigie/core';
import type { Generated } from 'kysely';
import type {
  ActionItemTable,
  CoachingCycleTable,
  FeedbackReportTable,
  ReportAnswerTable,
  SampleCallTable,
  SampleDrawTable,
  SamplePlanTable,
} from './schema-steering.ts';

export type {
  ActionItemTable,
  CoachingCycleTable,
  FeedbackReportTable,
  ReportAnswerTable,
  SampleCallTable,
  SampleDrawTable,
  SamplePlanTable,
} from './schema-steering.ts';

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

export interface KpiSettingsTable {
  workspaceId: string;
  optionsJson: string;
  updatedAt: string;
}

export interface MappingProfileTable {
  id: string;
  workspaceId: string;
  name: string;
  definitionJson: string;
  createdAt: string;
  updatedAt: string;
}

export interface InteractionImportTable {
  id: string;
  workspaceId: string;
  fileName: string;
  uploadPath: string | null;
  profile: string;
  vendorId: string | null;
  activityId: string | null;
  mode: string;
  dryRun: number;
  status: string;
  bytesTotal: number;
  bytesRead: number;
  rowsRead: number;
  rowsValid: number;
  rowsImported: number;
  rowsDuplicate: number;
  rowsRejected: number;
  warnings: number;
  errors: number;
  previewJson: string;
  createdBy: string;
  createdAt: string;
  finishedAt: string | null;
}

export interface ImportProblemTable {
  importId: string;
  seq: number;
  line: number;
  field: string | null;
  code: string;
  severity: string;
  message: string;
}

/**
 * One stored contact. Site, activity and agent are '' when the source had none (so that they
 * can be rollup keys on both dialects); `day`, `minute` and `epoch` are cut from the local
 * `offeredAt`. The KPI flags are decided at import with the workspace's KPI settings.
 */
export interface InteractionTable {
  workspaceId: string;
  id: string;
  importId: string | null;
  vendorId: string;
  siteId: string;
  activityId: string;
  channel: string;
  direction: string;
  agent: string;
  customerId: string | null;
  offeredAt: string;
  day: string;
  minute: number;
  epoch: number;
  answeredAt: string | null;
  endedAt: string | null;
  waitSeconds: number;
  talkSeconds: number;
  holdSeconds: number;
  wrapUpSeconds: number;
  disposition: string;
  offered: number;
  outcomes: string;
  kpiClass: string;
  countedOffered: number;
  withinThreshold: number;
  lateAbandon: number;
  handleSeconds: number;
  conversion: number;
  resolved: number;
  /**
   * Seconds to the same customer's next offered contact; null when none (or no customer), and
   * also when not computed: only `refreshRepeatGaps` writes it (the demo load and
   * `rebuildAllRollups`, which reads it back). Imports add FCR repeats to the rollups directly
   * and leave it null: updating one row per answered contact cost more than the rest of an
   * import's final phase. Nothing else reads it.
   */
  nextContactSeconds: number | null;
}

/** The sums of core's `KpiCounts`, as rollup columns (logged-in time is not stored yet). */
export type RollupCounts = Omit<KpiCounts, 'loggedInSeconds'>;

export interface KpiDayRollupTable extends RollupCounts {
  workspaceId: string;
  vendorId: string;
  siteId: string;
  activityId: string;
  channel: string;
  day: string;
}

export interface KpiIntervalRollupTable extends RollupCounts {
  workspaceId: string;
  vendorId: string;
  siteId: string;
  activityId: string;
  channel: string;
  day: string;
  minute: number;
}

export interface KpiAgentDayRollupTable extends RollupCounts {
  workspaceId: string;
  vendorId: string;
  siteId: string;
  activityId: string;
  channel: string;
  agent: string;
  day: string;
}

/** The agent table's rollup: per vendor, day, channel and agent (no site, no activity). */
export interface KpiAgentChannelRollupTable extends RollupCounts {
  workspaceId: string;
  vendorId: string;
  channel: string;
  agent: string;
  day: string;
}

export interface KpiHistogramTable {
  workspaceId: string;
  vendorId: string;
  siteId: string;
  activityId: string;
  channel: string;
  day: string;
  measure: string;
  bin: number;
  count: number;
}

export interface SurveyAnswerTable {
  workspaceId: string;
  id: string;
  kind: string;
  score: number;
  interactionId: string | null;
  customerId: string | null;
  answeredAt: string;
  vendorId: string;
  siteId: string;
  activityId: string;
  channel: string;
  agent: string;
  day: string;
  minute: number;
}

export interface KpiTargetTable {
  id: string;
  workspaceId: string;
  vendorId: string;
  activityId: string | null;
  kpi: string;
  target: number;
  validFrom: string;
  validTo: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface ContractTable {
  id: string;
  workspaceId: string;
  vendorId: string;
  name: string;
  currency: string;
  startDate: string;
  endDate: string | null;
  documentJson: string;
  createdAt: string;
  updatedAt: string;
}

export interface MonthInputTable {
  workspaceId: string;
  vendorId: string;
  month: string;
  loggedInHours: number | null;
  productiveHours: number | null;
  fte: number | null;
  outcomesJson: string;
  forecastVolume: number | null;
  updatedAt: string;
}

export interface InvoiceTable {
  id: string;
  workspaceId: string;
  vendorId: string;
  contractId: string;
  month: string;
  status: string;
  currency: string;
  fileName: string;
  linesJson: string;
  statementJson: string;
  /** bigint on PostgreSQL: read back as a string */
  invoicedTotalCents: number | string;
  statementTotalCents: number | string;
  uploadedBy: string;
  uploadedAt: string;
  updatedAt: string;
}

export interface InvoiceDifferenceTable {
  id: string;
  invoiceId: string;
  position: number;
  code: string;
  label: string;
  kind: string;
  expected: number | null;
  invoiced: number | null;
  deltaCents: number | string;
  row: number | null;
  explanation: string;
  decision: string | null;
  comment: string | null;
  decidedBy: string | null;
  decidedAt: string | null;
  answer: string | null;
  answeredBy: string | null;
  answeredAt: string | null;
}

/** A transcribed call; `documentJson` is core's Transcript, its text redacted unless told not to. */
export interface TranscriptTable {
  id: string;
  workspaceId: string;
  callId: string;
  vendorId: string;
  siteId: string | null;
  activityId: string | null;
  /** '' when the transcript names none */
  agent: string;
  interactionId: string | null;
  startedAt: string | null;
  language: string;
  durationSeconds: number;
  turnCount: number;
  /** counts of redacted items by type; null when redaction was off */
  redactionsJson: string | null;
  documentJson: string;
  sourceFile: string;
  importedAt: string;
}

export interface PracticeLibraryTable {
  id: string;
  workspaceId: string;
  name: string;
  language: string;
  /** the shipped library it was copied from (fr, en), if any */
  basedOn: string | null;
  documentJson: string;
  createdAt: string;
  updatedAt: string;
}

export interface AnalysisRunTable {
  id: string;
  workspaceId: string;
  name: string;
  libraryId: string;
  /** the library as it was when the run started: later edits do not change its figures */
  libraryJson: string;
  filterJson: string;
  status: string;
  callsTotal: number;
  callsDone: number;
  error: string | null;
  createdBy: string;
  createdAt: string;
  finishedAt: string | null;
}

/** One call's result in a run: core's CallResult; `ruleIds` lists the rules it hit, ` id ` delimited. */
export interface AnalysisCallResultTable {
  runId: string;
  transcriptId: string;
  vendorId: string;
  ruleIds: string;
  resultJson: string;
}

export interface Database {
  transcript: TranscriptTable;
  practiceLibrary: PracticeLibraryTable;
  analysisRun: AnalysisRunTable;
  samplePlan: SamplePlanTable;
  sampleDraw: SampleDrawTable;
  sampleCall: SampleCallTable;
  feedbackReport: FeedbackReportTable;
  reportAnswer: ReportAnswerTable;
  coachingCycle: CoachingCycleTable;
  actionItem: ActionItemTable;
  analysisCallResult: AnalysisCallResultTable;
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
  kpiSettings: KpiSettingsTable;
  mappingProfile: MappingProfileTable;
  interactionImport: InteractionImportTable;
  importProblem: ImportProblemTable;
  interaction: InteractionTable;
  kpiDayRollup: KpiDayRollupTable;
  kpiIntervalRollup: KpiIntervalRollupTable;
  kpiAgentDayRollup: KpiAgentDayRollupTable;
  kpiAgentChannelRollup: KpiAgentChannelRollupTable;
  kpiHistogram: KpiHistogramTable;
  surveyAnswer: SurveyAnswerTable;
  kpiTarget: KpiTargetTable;
  contract: ContractTable;
  monthInput: MonthInputTable;
  invoice: InvoiceTable;
  invoiceDifference: InvoiceDifferenceTable;
}
