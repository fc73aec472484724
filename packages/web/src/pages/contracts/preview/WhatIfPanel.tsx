import { Alert, Grid, Paper, Select, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import { addMonths, type Contract } from '@vigie/core';
import type { TFunction } from 'i18next';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMonthActuals } from '../../../api/contracts';
import { TrendChart } from '../../../components/charts/LazyCharts';
import { seriesColor } from '../../../components/charts/seriesColors';
import { LoadGate } from '../../../components/LoadGate';
import { formatMoney } from '../../../format';
import { useWorkspace } from '../../../hooks/workspace';
import {
  decimalSeparator,
  formatKpiValue,
  formatMonth,
  kpiInputUnit,
  kpiLabel,
  todayIso,
} from '../contractFormat';
import {
  centsToText,
  decimalText,
  parseCents,
  parseNumber,
  parsePercentAsRatio,
  ratioToPercentText,
} from '../decimal';
import { InvalidContractBlock } from './PreviewPanel';
import { contractMonths, earnBackMonths } from './statementInBrowser';
import {
  applyWhatIf,
  compareTotals,
  isRatioKpi,
  totalDifference,
  type WhatIfChoice,
  whatIfChoices,
} from './whatIf';

interface WhatIfPanelProps {
  readonly contract: Contract | null;
  readonly vendorId: string | null;
  readonly problemCount: number;
}

const MONTHS = 12;

function choiceLabel(t: TFunction, c: WhatIfChoice, currency: string): string {
  const where = t('contracts.whatIf.where', {
    version: c.version + 1,
    phase: t(`contracts.phaseKinds.${c.phaseKind}`),
  });
  if (c.kind === 'target') {
    return `${where} · ${t('contracts.whatIf.targetOf', { kpi: kpiLabel(t, c.kpi) })} (${formatKpiValue(t, c.kpi, c.current)})`;
  }
  const line = c.label || t(`contracts.priceKinds.${c.lineKind}`);
  return `${where} · ${line} – ${t(`contracts.fields.${c.field}`)} (${formatMoney(c.current, currency)})`;
}

/** The current value as the field shows it, to start from. */
function currentText(choice: WhatIfChoice | undefined): string {
  if (!choice) return '';
  const sep = decimalSeparator();
  if (choice.kind === 'price') return centsToText(choice.current, sep);
  return isRatioKpi(choice.kpi) ? ratioToPercentText(choice.current, sep) : decimalText(choice.current, sep);
}

/** The typed new value on the choice's scale (cents, or the KPI's), or null if it cannot be read. */
function readValue(choice: WhatIfChoice, text: string): number | null {
  if (choice.kind === 'price') {
    const cents = parseCents(text);
    return cents.ok ? cents.value : null;
  }
  const parsed = isRatioKpi(choice.kpi) ? parsePercentAsRatio(text) : parseNumber(text);
  return parsed.ok ? parsed.value : null;
}

export function WhatIfPanel({ contract, vendorId, problemCount }: WhatIfPanelProps) {
  if (!contract || !vendorId) return <InvalidContractBlock problemCount={problemCount} />;
  return <WhatIf contract={contract} vendorId={vendorId} />;
}

/**
 * One target or one rate changed, the last twelve months computed before and after, in the
 * browser; nothing is saved.
 */
function WhatIf({ contract, vendorId }: { readonly contract: Contract; readonly vendorId: string }) {
  const { t } = useTranslation();
  const { workspaceId } = useWorkspace();
  const currency = contract.currency;
  const choices = useMemo(() => whatIfChoices(contract), [contract]);
  const [choiceId, setChoiceId] = useState<string | null>(choices[0]?.id ?? null);
  const [text, setText] = useState(() => currentText(choices[0]));
  const choice = choices.find((c) => c.id === choiceId) ?? null;
  const months = useMemo(() => contractMonths(contract, todayIso()).slice(-MONTHS), [contract]);
  const first = months[0] ?? '';
  const last = months.at(-1) ?? '';
  const actuals = useMonthActuals(
    workspaceId,
    vendorId,
    first ? addMonths(first, -earnBackMonths(contract)) : '',
    last,
  );
  const value = choice && text.trim() !== '' ? readValue(choice, text) : null;
  const rows = useMemo(() => {
    if (!choice || value === null || !actuals.data) return null;
    try {
      return compareTotals(contract, applyWhatIf(contract, choice, value), months, actuals.data);
    } catch {
      return null;
    }
  }, [contract, choice, value, actuals.data, months]);
  const unit = choice ? (choice.kind === 'price' ? currency : kpiInputUnit(t, choice.kpi)) : '';

  if (choices.length === 0) return <Text c="dimmed">{t('contracts.whatIf.nothing')}</Text>;
  const difference = rows ? totalDifference(rows) : 0;
  return (
    <Stack gap="md">
      <Text size="sm" c="dimmed">
        {t('contracts.whatIf.intro', { count: MONTHS })}
      </Text>
      <Grid gap="sm" align="flex-start">
        <Grid.Col span={{ base: 12, md: 8 }}>
          <Select
            label={t('contracts.whatIf.change')}
            data={choices.map((c) => ({ value: c.id, label: choiceLabel(t, c, currency) }))}
            value={choiceId}
            allowDeselect={false}
            onChange={(id) => {
              setChoiceId(id);
              setText(currentText(choices.find((c) => c.id === id)));
            }}
          />
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 4 }}>
          <TextInput
            label={t('contracts.whatIf.newValue')}
            inputMode="decimal"
            value={text}
            rightSection={unit}
            rightSectionWidth={unit.length > 2 ? 48 : 32}
            onChange={(event) => setText(event.currentTarget.value)}
            error={text.trim() !== '' && value === null ? t('contracts.problems.number') : undefined}
          />
        </Grid.Col>
      </Grid>
      {months.length === 0 ? (
        <Text c="dimmed">{t('contracts.whatIf.notStarted')}</Text>
      ) : (
        <LoadGate loads={[actuals]}>
          {() =>
            (actuals.data ?? []).length === 0 ? (
              <Alert color="blue" icon={<IconInfoCircle size={18} />}>
                {t('contracts.whatIf.noData')}
              </Alert>
            ) : !rows ? (
              <Text c="dimmed">{t('contracts.whatIf.typeValue')}</Text>
            ) : (
              <Paper withBorder p="md">
                <Stack gap="sm">
                  <Title order={3} size="h4" aria-live="polite" data-testid="what-if-difference">
                    {t('contracts.whatIf.difference', {
                      amount: formatMoney(difference, currency),
                      count: rows.length,
                    })}
                  </Title>
                  <TrendChart
                    label={t('contracts.whatIf.chart')}
                    data={rows.map((r) => ({
                      bucket: formatMonth(r.month),
                      before: r.beforeCents,
                      after: r.afterCents,
                    }))}
                    series={[
                      { name: 'before', label: t('contracts.whatIf.before'), color: seriesColor(0) },
                      { name: 'after', label: t('contracts.whatIf.after'), color: seriesColor(1) },
                    ]}
                    targets={[]}
                    valueFormatter={(v) => formatMoney(v, currency)}
                  />
                  <Table.ScrollContainer minWidth={560}>
                    <Table data-testid="what-if-table">
                      <Table.Thead>
                        <Table.Tr>
                          <Table.Th>{t('contracts.whatIf.month')}</Table.Th>
                          <Table.Th ta="right">{t('contracts.whatIf.before')}</Table.Th>
                          <Table.Th ta="right">{t('contracts.whatIf.after')}</Table.Th>
                          <Table.Th ta="right">{t('contracts.whatIf.delta')}</Table.Th>
                        </Table.Tr>
                      </Table.Thead>
                      <Table.Tbody>
                        {rows.map((r) => (
                          <Table.Tr key={r.month}>
                            <Table.Td>{formatMonth(r.month)}</Table.Td>
                            <Table.Td ta="right">{formatMoney(r.beforeCents, currency)}</Table.Td>
                            <Table.Td ta="right">{formatMoney(r.afterCents, currency)}</Table.Td>
                            <Table.Td ta="right" fw={600}>
                              {formatMoney(r.afterCents - r.beforeCents, currency)}
                            </Table.Td>
                          </Table.Tr>
                        ))}
                      </Table.Tbody>
                    </Table>
                  </Table.ScrollContainer>
                </Stack>
              </Paper>
            )
          }
        </LoadGate>
      )}
    </Stack>
  );
}
