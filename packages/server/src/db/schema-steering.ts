/**
 * The tables of the client's steering routine: sample plans and their draws, feedback reports
 * and their answers, coaching cycles and their action plans (re-exported by schema.ts).
 */

export interface SamplePlanTable {
  id: string;
  workspaceId: string;
  name: string;
  /** the vendor whose calls the plan samples; null: every vendor (then only the client sees it) */
  vendorId: string | null;
  populationJson: string;
  sizeJson: string;
  strataJson: string;
  seed: number;
  createdBy: string;
  createdAt: string;
}

export interface SampleDrawTable {
  id: string;
  planId: string;
  workspaceId: string;
  seed: number;
  populationSize: number;
  /** SHA-256 of the population's sorted "id,stratum" lines: what anyone re-drawing checks first */
  populationSha256: string;
  size: number;
  sizeDetailJson: string;
  allocationJson: string;
  comparisonJson: string;
  drawnBy: string;
  drawnAt: string;
}

export interface SampleCallTable {
  drawId: string;
  workspaceId: string;
  transcriptId: string;
  vendorId: string;
  stratum: string;
}

export interface FeedbackReportTable {
  id: string;
  workspaceId: string;
  vendorId: string;
  runId: string;
  language: string;
  /** draft: the client's analyst edits it; published: the vendor's users read and answer it */
  status: string;
  /** core's FeedbackReport */
  documentJson: string;
  createdBy: string;
  createdAt: string;
  updatedAt: string;
  publishedBy: string | null;
  publishedAt: string | null;
}

export interface ReportAnswerTable {
  id: string;
  reportId: string;
  workspaceId: string;
  vendorId: string;
  questionId: string;
  text: string;
  /** who wrote it: the vendor's user, or the client replying */
  side: string;
  answeredBy: string;
  answeredAt: string;
}

export interface CoachingCycleTable {
  id: string;
  workspaceId: string;
  vendorId: string;
  siteId: string | null;
  /** 1, 2, 3… per vendor (and site) */
  number: number;
  focusTheme: string;
  startsOn: string;
  endsOn: string;
  /** in_progress, then closed with its outcome */
  status: string;
  /** core's CycleObjective[] */
  objectivesJson: string;
  baselineRunId: string | null;
  measureRunId: string | null;
  reportId: string | null;
  /** when closed: each objective's progress and whether the theme was achieved */
  outcomeJson: string | null;
  createdBy: string;
  createdAt: string;
  closedAt: string | null;
}

export interface ActionItemTable {
  id: string;
  cycleId: string;
  workspaceId: string;
  vendorId: string;
  text: string;
  owner: string;
  dueOn: string;
  /** open or done */
  status: string;
  /** the vendor's note on how it went */
  comment: string;
  createdBy: string;
  createdAt: string;
  updatedBy: string;
  updatedAt: string;
}
