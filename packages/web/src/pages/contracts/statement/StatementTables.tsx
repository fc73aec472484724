import { Badge, Code, Stack, Table, Text } from '@mantine/core';
import {
  type Explanation,
  explanationText,
  type Statement,
  type StatementLine,
  type StatementTotals,
} from '@vigie/core';
import { useTranslation } from 'react-i18next';
import { formatDate, formatMoney, formatNumber } from '../../../format';
import { currentLanguage } from '../../../i18n';
import { formatKpiValue, kpiLabel } from '../contractFormat';

/** Tables of a statement, shared by the statement page and the editor's preview. */

/** Core's explanations (rules, formulas, warnings) in the interface language, money in `currency`. */
export function useExplain(currency: string): (e: Explanation) => string {
  // subscribes to language changes, so the explanations follow the language switch
  useTranslation();
  const lang = currentLanguage();
  return (e) => explanationText(e, lang, currency);
}

function Period({ from, to }: { readonly from: string; readonly to: string }) {
  return (
    <>
      {formatDate(from)} – {formatDate(to)}
    </>
  );
}

/** Which terms priced which days: phase, version (and its reason), days. */
export function SegmentsTable({ statement }: { readonly statement: Statement }) {
  const { t } = useTranslation();
  if (statement.segments.length === 0) {
    return <Text c="dimmed">{t('statements.segments.none')}</Text>;
  }
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table data-testid="statement-segments">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('statements.segments.period')}</Table.Th>
            <Table.Th>{t('statements.segments.days')}</Table.Th>
            <Table.Th>{t('statements.segments.phase')}</Table.Th>
            <Table.Th>{t('statements.segments.version')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {statement.segments.map((s) => (
            <Table.Tr key={s.from}>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                <Period from={s.from} to={s.to} />
              </Table.Td>
              <Table.Td>{formatNumber(s.days)}</Table.Td>
              <Table.Td>
                <Badge variant="light" color={s.phase === 'pilot' ? 'grape' : 'blue'}>
                  {t(`contracts.phaseKinds.${s.phase}`)}
                </Badge>
              </Table.Td>
              <Table.Td>
                <Text size="sm">
                  {t('statements.segments.versionFrom', { date: formatDate(s.versionEffectiveFrom) })}
                </Text>
                <Text size="xs" c="dimmed">
                  {s.versionReason}
                </Text>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function lineLabel(t: ReturnType<typeof useTranslation>['t'], line: StatementLine): string {
  const label = line.label || t(`contracts.priceKinds.${line.kind}`);
  return line.part ? `${label} – ${t(`statements.parts.${line.part}`)}` : label;
}

export function LinesTable({ statement }: { readonly statement: Statement }) {
  const { t } = useTranslation();
  const money = (cents: number) => formatMoney(cents, statement.currency);
  if (statement.lines.length === 0) return <Text c="dimmed">{t('statements.lines.none')}</Text>;
  return (
    <Table.ScrollContainer minWidth={860}>
      <Table data-testid="statement-lines">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('statements.lines.label')}</Table.Th>
            <Table.Th ta="right">{t('statements.lines.quantity')}</Table.Th>
            <Table.Th>{t('statements.lines.unit')}</Table.Th>
            <Table.Th ta="right">{t('statements.lines.unitPrice')}</Table.Th>
            <Table.Th ta="right">{t('statements.lines.amount')}</Table.Th>
            <Table.Th>{t('statements.lines.source')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {statement.lines.map((line) => (
            <Table.Tr
              key={`${line.versionEffectiveFrom}:${line.phaseIndex}:${line.priceLineIndex}:${line.part ?? ''}`}
            >
              <Table.Td>
                <Text size="sm" fw={500}>
                  {lineLabel(t, line)}
                </Text>
                <Text size="xs" c="dimmed">
                  {t(`contracts.phaseKinds.${line.phase}`)}
                  {line.proRata
                    ? ` · ${t('statements.proRata', {
                        days: line.proRata.days,
                        ofDays: line.proRata.ofDays,
                        from: formatDate(line.proRata.from),
                        to: formatDate(line.proRata.to),
                      })}`
                    : ''}
                </Text>
              </Table.Td>
              <Table.Td ta="right">{formatNumber(line.quantity, 4)}</Table.Td>
              <Table.Td>{t(`statements.units.${line.unit}`, { defaultValue: line.unit })}</Table.Td>
              <Table.Td ta="right">{money(line.unitPriceCents)}</Table.Td>
              <Table.Td ta="right" fw={600}>
                {money(line.amountCents)}
              </Table.Td>
              <Table.Td>
                <Code style={WORKING_STYLE}>{line.input}</Code>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/** Measured vs target, and how the bonus or malus was worked out (or why the term did not apply). */
export function KpiTable({ statement }: { readonly statement: Statement }) {
  const { t } = useTranslation();
  const explain = useExplain(statement.currency);
  if (statement.kpis.length === 0) return <Text c="dimmed">{t('statements.kpis.none')}</Text>;
  return (
    <Table.ScrollContainer minWidth={860}>
      <Table data-testid="statement-kpis">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('statements.kpis.kpi')}</Table.Th>
            <Table.Th ta="right">{t('statements.kpis.measured')}</Table.Th>
            <Table.Th ta="right">{t('statements.kpis.target')}</Table.Th>
            <Table.Th ta="right">{t('statements.kpis.bonusMalus')}</Table.Th>
            <Table.Th>{t('statements.kpis.explanation')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {statement.kpis.map((k) => {
            const met =
              k.measured === null
                ? null
                : k.better === 'higher'
                  ? k.measured >= k.target
                  : k.measured <= k.target;
            return (
              <Table.Tr key={`${k.versionEffectiveFrom}:${k.phaseIndex}:${k.kpi}`}>
                <Table.Td miw={180}>
                  <Text size="sm" fw={500}>
                    {kpiLabel(t, k.kpi)}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {t(`contracts.phaseKinds.${k.phase}`)}
                    {k.variant ? ` · ${k.variant}` : ''}
                  </Text>
                </Table.Td>
                <Table.Td ta="right">
                  {formatKpiValue(t, k.kpi, k.measured)}{' '}
                  {met === null ? null : (
                    <Badge size="xs" variant="light" color={met ? 'teal' : 'red'}>
                      {met ? t('statements.kpis.met') : t('statements.kpis.missed')}
                    </Badge>
                  )}
                </Table.Td>
                <Table.Td ta="right">
                  {k.better === 'higher' ? '≥' : '≤'} {formatKpiValue(t, k.kpi, k.target)}
                </Table.Td>
                <Table.Td
                  ta="right"
                  fw={600}
                  c={k.bonusMalusCents < 0 ? 'red.8' : k.bonusMalusCents > 0 ? 'teal.8' : undefined}
                >
                  {formatMoney(k.bonusMalusCents, statement.currency)}
                </Table.Td>
                <Table.Td>
                  <Stack gap={2}>
                    <Text size="sm">
                      {k.excluded
                        ? t('statements.kpis.notApplied')
                        : k.bonusMalusCents > 0
                          ? t('statements.kpis.bonus')
                          : k.bonusMalusCents < 0
                            ? t('statements.kpis.malus')
                            : t('statements.kpis.neither')}
                    </Text>
                    <Code block style={WORKING_STYLE}>
                      {explain(k.excludedExplained ?? k.ruleExplained)}
                    </Code>
                    <Text size="xs" c="dimmed">
                      {t('statements.kpis.input', { input: k.input })}
                    </Text>
                  </Stack>
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/** A deduction shown with its sign; 0 stays 0 (not "-0.00"). */
export const negative = (cents: number) => (cents === 0 ? 0 : -cents);

/** Core's working, in monospace, wrapped rather than overflowing its cell. */
export const WORKING_STYLE = { whiteSpace: 'pre-wrap', wordBreak: 'break-word' } as const;

export function TotalsTable({
  totals,
  currency,
}: {
  readonly totals: StatementTotals;
  readonly currency: string;
}) {
  const { t } = useTranslation();
  const rows: [string, number, string][] = [
    ['fees', totals.feesCents, ''],
    ['bonus', totals.bonusCents, '+'],
    ['malus', negative(totals.malusCents), ''],
    ['credits', negative(totals.creditsCents), ''],
    ['earnBack', totals.earnBackCents, '+'],
  ];
  return (
    <Table maw={480} data-testid="statement-totals">
      <Table.Tbody>
        {rows.map(([key, cents]) => (
          <Table.Tr key={key}>
            <Table.Th scope="row" fw={400}>
              {t(`statements.totals.${key}`)}
            </Table.Th>
            <Table.Td ta="right">{formatMoney(cents, currency)}</Table.Td>
          </Table.Tr>
        ))}
        <Table.Tr>
          <Table.Th scope="row">{t('statements.totals.total')}</Table.Th>
          <Table.Td ta="right" fw={700} data-testid="statement-total">
            {formatMoney(totals.totalCents, currency)}
          </Table.Td>
        </Table.Tr>
      </Table.Tbody>
    </Table>
  );
}
