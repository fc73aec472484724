import { formatCents, type Statement } from '@vigie/core';
import { columns } from './text-columns.ts';

const quantity = (q: number): string => q.toLocaleString('en', { maximumFractionDigits: 4 });

/** A statement as the terminal shows it: lines, KPI terms, at-risk credits, totals, warnings. */
export function statementTable(s: Statement): string {
  const out: string[] = [`Statement ${s.month} (${s.currency}; amounts ${s.rounding})`];
  for (const seg of s.segments)
    out.push(
      `  ${seg.from} to ${seg.to} (${seg.days} days): ${seg.phase} phase of the version in force from ${seg.versionEffectiveFrom} (${seg.versionReason})`,
    );
  if (s.uncoveredDays.length > 0) out.push(`  not covered by the contract: ${s.uncoveredDays.join(', ')}`);

  out.push('', 'Lines');
  out.push(
    ...columns(
      [
        ['label', 'phase', 'quantity', 'unit', 'unit price', 'amount'],
        ...s.lines.map((l) => [
          `${l.label}${l.part ? ` (${l.part.replace(/_/g, ' ')})` : ''}${l.proRata ? ` [${l.proRata.days}/${l.proRata.ofDays} days]` : ''}`,
          l.phase,
          quantity(l.quantity),
          l.unit,
          formatCents(l.unitPriceCents),
          formatCents(l.amountCents),
        ]),
      ],
      'llrlrr',
    ).map((line) => `  ${line}`),
  );

  if (s.kpis.length > 0) {
    out.push('', 'KPI terms');
    out.push(
      ...columns(
        [
          ['kpi', 'measured', 'target', 'bonus/malus', 'rule'],
          ...s.kpis.map((k) => [
            k.kpi,
            k.measured === null ? '–' : String(Number(k.measured.toFixed(4))),
            String(k.target),
            formatCents(k.bonusMalusCents),
            k.excluded ? `not applied: ${k.excluded}` : k.rule,
          ]),
        ],
        'lrrrl',
      ).map((line) => `  ${line}`),
    );
  }

  if (s.atRisk) {
    out.push('', `At risk: ${formatCents(s.atRisk.amountCents)} (${s.atRisk.basis})`);
    for (const c of s.atRisk.credits)
      out.push(`  ${c.kpi}: ${c.excluded ? `not applied: ${c.excluded}` : c.formula}`);
    if (s.atRisk.capped)
      out.push(
        `  credits ${formatCents(s.atRisk.uncappedCents)} capped at the at-risk amount: ${formatCents(s.atRisk.creditsCents)}`,
      );
    for (const e of s.atRisk.earnBack)
      out.push(`  earn-back of ${e.kpi} (missed in ${e.missedIn}): ${e.reason}`);
  }

  const t = s.totals;
  out.push('', 'Totals');
  out.push(
    ...columns(
      [
        ['fees', formatCents(t.feesCents)],
        ['bonus', formatCents(t.bonusCents)],
        ['malus', formatCents(-t.malusCents)],
        ['at-risk credits', formatCents(-t.creditsCents)],
        ['earn-back', formatCents(t.earnBackCents)],
        ['total', formatCents(t.totalCents)],
      ],
      'lr',
    ).map((line) => `  ${line}`),
  );
  if (s.warnings.length > 0) out.push('', 'Warnings', ...s.warnings.map((w) => `  ${w}`));
  return `${out.join('\n')}\n`;
}
