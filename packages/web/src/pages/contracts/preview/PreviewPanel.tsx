import { Alert, Group, Stack, Text, TextInput } from '@mantine/core';
import { IconCalculator, IconInfoCircle } from '@tabler/icons-react';
import { addMonths, type Contract, isIsoMonth } from '@vigie/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMonthActuals } from '../../../api/contracts';
import { EmptyBlock } from '../../../components/EmptyBlock';
import { LoadGate } from '../../../components/LoadGate';
import { useWorkspace } from '../../../hooks/workspace';
import { todayIso } from '../contractFormat';
import { StatementView } from '../statement/StatementView';
import { contractMonths, earnBackMonths, monthOf, statementInBrowser } from './statementInBrowser';

interface PreviewPanelProps {
  /** the terms being edited, once they hold; null while the editor lists problems */
  readonly contract: Contract | null;
  readonly vendorId: string | null;
  readonly problemCount: number;
}

export function InvalidContractBlock({ problemCount }: { readonly problemCount: number }) {
  const { t } = useTranslation();
  return (
    <EmptyBlock
      icon={<IconCalculator size={28} />}
      title={t('contracts.preview.invalidTitle')}
      description={t('contracts.preview.invalid', { count: problemCount })}
    />
  );
}

/**
 * The statement of a month for the terms as they stand in the editor, unsaved: computed here
 * with core's computeStatement on the vendor's stored month (and the months before it, for
 * earn-back).
 */
export function PreviewPanel({ contract, vendorId, problemCount }: PreviewPanelProps) {
  if (!contract || !vendorId) return <InvalidContractBlock problemCount={problemCount} />;
  return <Preview contract={contract} vendorId={vendorId} />;
}

function Preview({ contract, vendorId }: { readonly contract: Contract; readonly vendorId: string }) {
  const { t } = useTranslation();
  const { workspaceId } = useWorkspace();
  const months = contractMonths(contract, todayIso());
  const [month, setMonth] = useState(months.at(-1) ?? monthOf(contract.start));
  const valid = isIsoMonth(month);
  const depth = earnBackMonths(contract);
  const actuals = useMonthActuals(
    workspaceId,
    vendorId,
    valid ? addMonths(month, -depth) : '',
    valid ? month : '',
  );
  const result = useMemo(() => {
    if (!valid || !actuals.data) return null;
    try {
      return { ok: true as const, ...statementInBrowser(contract, month, actuals.data) };
    } catch (error) {
      return { ok: false as const, message: error instanceof Error ? error.message : String(error) };
    }
  }, [contract, month, valid, actuals.data]);

  return (
    <Stack gap="md">
      <Text size="sm" c="dimmed">
        {t('contracts.preview.intro')}
      </Text>
      <Group align="flex-end">
        <TextInput
          type="month"
          label={t('contracts.preview.month')}
          value={month}
          min={monthOf(contract.start)}
          onChange={(event) => setMonth(event.currentTarget.value)}
          error={valid ? undefined : t('contracts.preview.monthFormat')}
          w={220}
        />
      </Group>
      {valid ? (
        <LoadGate loads={[actuals]}>
          {() =>
            result?.ok ? (
              <Stack gap="md">
                {result.hasData ? null : (
                  <Alert color="blue" icon={<IconInfoCircle size={18} />}>
                    {t('contracts.preview.noData')}
                  </Alert>
                )}
                <StatementView statement={result.statement} idPrefix="preview" />
              </Stack>
            ) : (
              <Alert color="red" title={t('contracts.preview.failed')}>
                {result?.message}
              </Alert>
            )
          }
        </LoadGate>
      ) : null}
    </Stack>
  );
}
