export {
  type CycleObjective,
  nextFocusTheme,
  type ObjectiveProgress,
  objectiveProgress,
  themeAchieved,
} from './cycle-progress.ts';
export {
  buildFeedbackReport,
  defaultFocusTheme,
  type FeedbackInput,
  type FeedbackReport,
  type ReportExcerpt,
  type ReportFinding,
  type ReportLanguage,
  type ReportQuestion,
  type ReportReaction,
  type ReportTheme,
} from './feedback-report.ts';
export {
  byDifference,
  IMPACT_ALPHA,
  practiceImpact,
  SECONDS_PER_REACTION_CHANGE,
  strongestReaction,
} from './finding-impact.ts';
export { type ExampleCall, excerptOf, MAX_EXCERPTS, reportExcerpts } from './report-excerpt.ts';
export { formatPercent, formatSeconds } from './report-format.ts';
export { draftQuestions, type QuestionFacts } from './report-questions.ts';
export { cutAround, EXCERPT_CHARS } from './text-cut.ts';
export { COACHING_THEME_LABELS, coachingThemeLabel } from './theme-labels.ts';
