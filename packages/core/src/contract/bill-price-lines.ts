import type { Actuals } from './actuals.ts';
import {
  compare,
  exact,
  type Fraction,
  mul,
  ONE,
  percent,
  ratio,
  roundHalfUp,
  sub,
  toNumber,
  ZERO,
} from './exact.ts';
import { said } from './explain-text.ts';
import { explain } from './explanation.ts';
import type { AnchoredMeasure, PriceLine } from './price-line.ts';
import {
  note,
  type Reading,
  readContacts,
  readField,
  readForecast,
  readOutcomes,
  type Warnings,
} from './read-actuals.ts';
import type { StatementLine, TermsRef } from './statement.ts';
import type { TermsSegment } from './terms-in-force.ts';

/** A line before rounding: the exact quantity, the rest as on the statement. */
type LinePart = Partial<Omit<StatementLine, 'quantity'>> & {
  quantity: Fraction;
  unitPriceCents: number;
  unit: string;
  input: string;
};
type Emit = (part: LinePart) => void;

const CALENDAR_DAYS = said('pro_rata.calendar_days');

/** The segment's share of the month, and how it is stated on each line. */
export function segmentShare(segment: TermsSegment): { share: Fraction; ref: TermsRef } {
  const whole = segment.days === segment.monthDays;
  const ref: TermsRef = {
    phase: segment.phase.kind,
    phaseIndex: segment.phaseIndex,
    versionEffectiveFrom: segment.version.effectiveFrom,
    ...(whole
      ? {}
      : {
          proRata: {
            from: segment.from,
            to: segment.to,
            days: segment.days,
            ofDays: segment.monthDays,
            basis: CALENDAR_DAYS.text,
            basisExplained: CALENDAR_DAYS.explained,
          },
        }),
  };
  return { share: whole ? ONE : ratio(segment.days, segment.monthDays), ref };
}

const DEFAULT_LABELS: Record<PriceLine['kind'], string> = {
  fixed_fee: 'Fixed monthly fee',
  per_logged_in_hour: 'Logged-in hours',
  per_productive_hour: 'Productive hours',
  per_fte: 'FTE',
  per_contact: 'Handled contacts',
  per_minute: 'Minutes',
  per_outcome: 'Outcomes',
  anchored: 'Anchored volume',
};

const MEASURE_UNITS: Record<AnchoredMeasure, string> = {
  contacts: 'contact',
  minutes: 'minute',
  logged_in_hours: 'hour',
  productive_hours: 'hour',
};

/**
 * The invoice lines of one segment: quantity x unit price, each rounded once. Quantities are
 * the month's actuals times the segment's share of the month's days.
 */
export function billPriceLines(segment: TermsSegment, actuals: Actuals, warnings: Warnings): StatementLine[] {
  const { share, ref } = segmentShare(segment);
  const out: StatementLine[] = [];
  for (const [index, pl] of segment.phase.priceLines.entries()) {
    const label = pl.label ?? DEFAULT_LABELS[pl.kind];
    const scope = lineScope(pl);
    const emit: Emit = ({ quantity, ...rest }) => {
      out.push({
        ...ref,
        label,
        kind: pl.kind,
        priceLineIndex: index,
        ...scope,
        ...rest,
        quantity: Math.round(toNumber(quantity) * 1e6) / 1e6,
        amountCents: roundHalfUp(mul(quantity, ratio(rest.unitPriceCents, 1))),
      });
    };
    billLine(pl, { emit, share, label, actuals, warnings });
  }
  return out;
}

/**
 * The channel or outcome a line bills, so that a line can be told from a sibling of the same
 * kind (invoice line codes) without parsing its input text. An anchored line reads its channel
 * only when it counts contacts.
 */
function lineScope(pl: PriceLine): { channel?: string; outcome?: string } {
  if (pl.kind === 'per_outcome') return { outcome: pl.outcome };
  if (pl.kind === 'per_contact' || (pl.kind === 'anchored' && pl.measure === 'contacts')) {
    return pl.channel === undefined ? {} : { channel: pl.channel };
  }
  return {};
}

interface LineContext {
  readonly emit: Emit;
  readonly share: Fraction;
  readonly label: string;
  readonly actuals: Actuals;
  readonly warnings: Warnings;
}

function billLine(pl: PriceLine, ctx: LineContext): void {
  const { emit, share, actuals, warnings } = ctx;
  const simple = (reading: Reading, unitPriceCents: number, unit: string) =>
    emit({ quantity: mul(reading.value, share), unitPriceCents, unit, input: reading.input });
  switch (pl.kind) {
    case 'fixed_fee':
      emit({
        quantity: share,
        unitPriceCents: pl.amountCents,
        unit: 'month',
        input: 'contract: monthly fee',
      });
      break;
    case 'per_logged_in_hour':
      simple(readField(actuals, 'loggedInHours', warnings), pl.unitPriceCents, 'hour');
      break;
    case 'per_productive_hour':
      simple(readField(actuals, 'productiveHours', warnings), pl.unitPriceCents, 'hour');
      break;
    case 'per_fte':
      simple(readField(actuals, 'fte', warnings), pl.unitPriceCents, 'FTE-month');
      break;
    case 'per_minute':
      simple(readField(actuals, 'minutes', warnings), pl.unitPriceCents, 'minute');
      break;
    case 'per_outcome':
      simple(readOutcomes(actuals, pl.outcome, warnings), pl.unitPriceCents, pl.outcome);
      break;
    case 'per_contact': {
      const contacts = readContacts(actuals, pl.channel, warnings);
      simple(contacts, pl.unitPriceCents, 'contact');
      billMinimum(pl, contacts, ctx);
      break;
    }
    case 'anchored':
      billAnchored(pl, readAnchoredMeasure(actuals, pl, warnings), ctx);
      break;
  }
}

/** Minimum-volume protection: the shortfall to X % of the forecast, at the line's price. */
function billMinimum(
  pl: Extract<PriceLine, { kind: 'per_contact' }>,
  contacts: Reading,
  ctx: LineContext,
): void {
  const pct = pl.minimumPercentOfForecast;
  if (pct === undefined) return;
  const forecast = readForecast(ctx.actuals, pl.channel);
  if (!forecast) {
    note(
      ctx.warnings,
      explain('warning.minimum_not_applied', {
        field: pl.channel === undefined ? 'forecastVolume' : 'forecastByChannel',
        channel: pl.channel,
        label: ctx.label,
      }),
    );
    return;
  }
  const minimum = mul(forecast.value, percent(pct));
  const shortfall = mul(sub(minimum, contacts.value), ctx.share);
  if (compare(shortfall, ZERO) <= 0) return;
  ctx.emit({
    label: `${ctx.label}: minimum billing top-up (${pct} % of forecast)`,
    part: 'minimum_top_up',
    quantity: shortfall,
    unitPriceCents: pl.unitPriceCents,
    unit: 'contact',
    input: `${forecast.input} x ${pct} % = minimum ${toNumber(minimum)}; ${contacts.input}`,
  });
}

function readAnchoredMeasure(
  actuals: Actuals,
  pl: Extract<PriceLine, { kind: 'anchored' }>,
  warnings: Warnings,
): Reading {
  if (pl.measure === 'contacts') return readContacts(actuals, pl.channel, warnings);
  if (pl.measure === 'minutes') return readField(actuals, 'minutes', warnings);
  return readField(actuals, pl.measure === 'logged_in_hours' ? 'loggedInHours' : 'productiveHours', warnings);
}

/** Baseline at the base price, then the gap to the baseline at the marginal price (a credit below). */
function billAnchored(pl: Extract<PriceLine, { kind: 'anchored' }>, actual: Reading, ctx: LineContext): void {
  const unit = MEASURE_UNITS[pl.measure];
  const { emit, share, label } = ctx;
  const baselineQty = mul(exact(pl.baselineVolume), share);
  emit({
    label: `${label}: baseline`,
    part: 'baseline',
    quantity: baselineQty,
    unitPriceCents: pl.baseUnitPriceCents,
    unit,
    input: `contract: baselineVolume = ${pl.baselineVolume}`,
  });
  const gap = sub(mul(actual.value, share), baselineQty);
  const sign = compare(gap, ratio(0, 1));
  if (sign > 0) {
    emit({
      label: `${label}: above baseline`,
      part: 'above_baseline',
      quantity: gap,
      unitPriceCents: pl.aboveUnitPriceCents,
      unit,
      input: `${actual.input}; baseline ${pl.baselineVolume}`,
    });
  } else if (sign < 0) {
    emit({
      label: `${label}: below baseline (credit)`,
      part: 'below_baseline',
      quantity: gap,
      unitPriceCents: pl.belowUnitPriceCents,
      unit,
      input: `${actual.input}; baseline ${pl.baselineVolume}`,
    });
  }
}
