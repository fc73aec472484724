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
  /** read from the segment's own days, not a share of the month */
  ownDays?: boolean;
};
type Emit = (part: LinePart) => void;

const CALENDAR_DAYS = said('pro_rata.calendar_days');
const OWN_DAYS = said('pro_rata.own_days');

/**
 * A part of a split month's own handled contacts and minutes, summed from the daily actuals;
 * null for a whole month, or when the actuals have no days. Channels of the month missing on
 * these days count 0: they had no contact then.
 */
function ownDays(segment: TermsSegment, actuals: Actuals): { actuals: Actuals; from: string } | null {
  if (segment.days === segment.monthDays || actuals.daily === undefined) return null;
  const volumes: Record<string, number> = {};
  for (const channel of Object.keys(actuals.volumes ?? {})) volumes[channel] = 0;
  let minutes = 0;
  for (const [day, figures] of Object.entries(actuals.daily)) {
    if (day < segment.from || day > segment.to) continue;
    for (const [channel, n] of Object.entries(figures.volumes ?? {}))
      volumes[channel] = (volumes[channel] ?? 0) + n;
    minutes += figures.minutes ?? 0;
  }
  return {
    actuals: { month: actuals.month, volumes, minutes: Math.round(minutes * 100) / 100 },
    from: `actuals.daily[${segment.from}..${segment.to}]`,
  };
}

/** The segment's share of the month, and how it is stated on each line. */
export function segmentShare(segment: TermsSegment, own = false): { share: Fraction; ref: TermsRef } {
  const whole = segment.days === segment.monthDays;
  const basis = own ? OWN_DAYS : CALENDAR_DAYS;
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
            basis: basis.text,
            basisExplained: basis.explained,
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
 * the month's actuals times the segment's share of the month's days; contacts and minutes are
 * the segment's own days' when the actuals hold daily figures.
 */
export function billPriceLines(segment: TermsSegment, actuals: Actuals, warnings: Warnings): StatementLine[] {
  const { share, ref } = segmentShare(segment);
  const own = ownDays(segment, actuals);
  const ownRef = own ? segmentShare(segment, true).ref : ref;
  const out: StatementLine[] = [];
  for (const [index, pl] of segment.phase.priceLines.entries()) {
    const label = pl.label ?? DEFAULT_LABELS[pl.kind];
    const scope = lineScope(pl);
    const emit: Emit = ({ quantity, ownDays: fromOwnDays, ...rest }) => {
      out.push({
        ...(fromOwnDays ? ownRef : ref),
        label,
        kind: pl.kind,
        priceLineIndex: index,
        ...scope,
        ...rest,
        quantity: Math.round(toNumber(quantity) * 1e6) / 1e6,
        amountCents: roundHalfUp(mul(quantity, ratio(rest.unitPriceCents, 1))),
      });
    };
    billLine(pl, { emit, share, label, actuals, warnings, own });
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
  /** the segment's own contacts and minutes, when the actuals have days */
  readonly own: { actuals: Actuals; from: string } | null;
}

/** Contacts or minutes: the segment's own days' when known (share 1), else the month's share. */
function contactsOf(channel: string | undefined, ctx: LineContext): { reading: Reading; share: Fraction } {
  return ctx.own
    ? { reading: readContacts(ctx.own.actuals, channel, ctx.warnings, ctx.own.from), share: ONE }
    : { reading: readContacts(ctx.actuals, channel, ctx.warnings), share: ctx.share };
}

function minutesOf(ctx: LineContext): { reading: Reading; share: Fraction } {
  return ctx.own
    ? { reading: readField(ctx.own.actuals, 'minutes', ctx.warnings, ctx.own.from), share: ONE }
    : { reading: readField(ctx.actuals, 'minutes', ctx.warnings), share: ctx.share };
}

function billLine(pl: PriceLine, ctx: LineContext): void {
  const { emit, share, actuals, warnings } = ctx;
  const simple = (reading: Reading, unitPriceCents: number, unit: string, own = { share, ownDays: false }) =>
    emit({
      quantity: mul(reading.value, own.share),
      unitPriceCents,
      unit,
      input: reading.input,
      ownDays: own.ownDays,
    });
  const fromDays = ctx.own !== null;
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
    case 'per_minute': {
      const minutes = minutesOf(ctx);
      simple(minutes.reading, pl.unitPriceCents, 'minute', { share: minutes.share, ownDays: fromDays });
      break;
    }
    case 'per_outcome':
      simple(readOutcomes(actuals, pl.outcome, warnings), pl.unitPriceCents, pl.outcome);
      break;
    case 'per_contact': {
      const contacts = contactsOf(pl.channel, ctx);
      simple(contacts.reading, pl.unitPriceCents, 'contact', { share: contacts.share, ownDays: fromDays });
      billMinimum(pl, contacts, ctx);
      break;
    }
    case 'anchored':
      billAnchored(pl, anchoredMeasure(pl, ctx), ctx);
      break;
  }
}

/** Minimum-volume protection: the shortfall to X % of the forecast, at the line's price. */
function billMinimum(
  pl: Extract<PriceLine, { kind: 'per_contact' }>,
  contacts: { reading: Reading; share: Fraction },
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
  // the month's minimum is shared by calendar days; the contacts are the segment's own when known
  const shortfall = sub(mul(minimum, ctx.share), mul(contacts.reading.value, contacts.share));
  if (compare(shortfall, ZERO) <= 0) return;
  ctx.emit({
    label: `${ctx.label}: minimum billing top-up (${pct} % of forecast)`,
    part: 'minimum_top_up',
    quantity: shortfall,
    unitPriceCents: pl.unitPriceCents,
    unit: 'contact',
    input: `${forecast.input} x ${pct} % = minimum ${toNumber(minimum)}; ${contacts.reading.input}`,
  });
}

function anchoredMeasure(
  pl: Extract<PriceLine, { kind: 'anchored' }>,
  ctx: LineContext,
): { reading: Reading; share: Fraction } {
  if (pl.measure === 'contacts') return contactsOf(pl.channel, ctx);
  if (pl.measure === 'minutes') return minutesOf(ctx);
  const field = pl.measure === 'logged_in_hours' ? 'loggedInHours' : 'productiveHours';
  return { reading: readField(ctx.actuals, field, ctx.warnings), share: ctx.share };
}

/** Baseline at the base price, then the gap to the baseline at the marginal price (a credit below). */
function billAnchored(
  pl: Extract<PriceLine, { kind: 'anchored' }>,
  measured: { reading: Reading; share: Fraction },
  ctx: LineContext,
): void {
  const unit = MEASURE_UNITS[pl.measure];
  const { emit, share, label } = ctx;
  const actual = measured.reading;
  const baselineQty = mul(exact(pl.baselineVolume), share);
  emit({
    label: `${label}: baseline`,
    part: 'baseline',
    quantity: baselineQty,
    unitPriceCents: pl.baseUnitPriceCents,
    unit,
    input: `contract: baselineVolume = ${pl.baselineVolume}`,
  });
  const gap = sub(mul(actual.value, measured.share), baselineQty);
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
