import { z } from 'zod';

/**
 * The three service-level formulas a contract may pick (DOMAIN.md "Service level X/Y").
 * - `offered`: answered within Y / offered — the COPC one, abandons weigh in the denominator.
 * - `answered`: answered within Y / answered — ignores abandons entirely.
 * - `answered-and-late-abandons`: answered within Y / (answered + abandoned after Y) — callers
 *   who gave up before Y are not held against the centre.
 */
export const SERVICE_LEVEL_VARIANTS = ['offered', 'answered', 'answered-and-late-abandons'] as const;
export type ServiceLevelVariant = (typeof SERVICE_LEVEL_VARIANTS)[number];

/**
 * Contract-dependent knobs of the KPI formulas. Defaults are the DOMAIN.md ones so that an
 * empty object gives the standard (COPC) figures.
 */
export const kpiOptionsSchema = z.object({
  /** Y of "X % answered within Y s"; a wait of exactly Y counts as within. */
  serviceLevelThresholdSeconds: z.number().min(0).default(20),
  serviceLevelVariant: z.enum(SERVICE_LEVEL_VARIANTS).default('offered'),
  /** Abandons with a wait strictly below this are short abandons (misdials, instant hang-ups). */
  shortAbandonSeconds: z.number().min(0).default(5),
  /** When true (the usual contract clause), short abandons are not counted as offered. */
  excludeShortAbandons: z.boolean().default(true),
  /** FCR window N: a repeat within N days after a handled contact makes it unresolved. */
  fcrWindowDays: z.number().positive().default(7),
});

/** Options with every default applied. */
export type KpiOptions = z.infer<typeof kpiOptionsSchema>;
/** Options as a caller may write them: every field optional. */
export type KpiOptionsInput = z.input<typeof kpiOptionsSchema>;

/** The default options (DOMAIN.md): SL 20 s over offered, short abandons < 5 s excluded, FCR 7 days. */
export const DEFAULT_KPI_OPTIONS: KpiOptions = kpiOptionsSchema.parse({});

/** Validates options and fills the defaults; throws a ZodError on an invalid value. */
export function parseKpiOptions(input: KpiOptionsInput = {}): KpiOptions {
  return kpiOptionsSchema.parse(input);
}
