import { Button, Grid, Group, NumberInput, Paper, Select, Stack, Text } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import type { Site, Vendor } from '@vigie/core';
import { useTranslation } from 'react-i18next';
import { nameOptions } from '../../components/options';
import { formatNumber } from '../../format';
import { siteLabel } from './AllocationCard';
import { type AllocationFormValues, emptyLine, totalPercent } from './allocationValues';

interface AllocationLinesProps {
  readonly form: UseFormReturnType<AllocationFormValues>;
  readonly vendors: readonly Vendor[];
  readonly sites: readonly Site[];
}

/** One row per vendor (optionally one of its sites) and its share, with the live total. */
export function AllocationLines({ form, vendors, sites }: AllocationLinesProps) {
  const { t } = useTranslation();
  const lines = form.values.lines;
  const total = totalPercent(lines);
  const complete = Math.abs(total - 100) < 1e-9;
  const vendorData = nameOptions(vendors);
  const linesError = form.errors.lines;

  return (
    <Stack gap="sm">
      {lines.map((line, i) => {
        const vendorSites = sites.filter((s) => s.vendorId === line.vendorId);
        const vendorProps = form.getInputProps(`lines.${i}.vendorId`);
        return (
          <Paper key={line.key} withBorder p="xs" bg="gray.0" data-testid={`allocation-line-${i}`}>
            <Grid gap="xs" align="flex-start">
              <Grid.Col span={{ base: 12, sm: 4 }}>
                <Select
                  label={t('allocations.fields.vendor')}
                  required
                  searchable
                  data={vendorData}
                  {...vendorProps}
                  onChange={(value) => {
                    form.setFieldValue(`lines.${i}.vendorId`, value);
                    const site = sites.find((s) => s.id === line.siteId);
                    if (site && site.vendorId !== value) form.setFieldValue(`lines.${i}.siteId`, null);
                  }}
                />
              </Grid.Col>
              <Grid.Col span={{ base: 12, sm: 4 }}>
                <Select
                  label={t('allocations.fields.site')}
                  placeholder={t('allocations.allSites')}
                  clearable
                  disabled={!line.vendorId}
                  data={vendorSites.map((s) => ({ value: s.id, label: siteLabel(s) }))}
                  {...form.getInputProps(`lines.${i}.siteId`)}
                />
              </Grid.Col>
              <Grid.Col span={{ base: 6, sm: 2 }}>
                <NumberInput
                  label={t('allocations.fields.share')}
                  required
                  min={0}
                  max={100}
                  decimalScale={2}
                  allowNegative={false}
                  {...form.getInputProps(`lines.${i}.sharePercent`)}
                />
              </Grid.Col>
              <Grid.Col span={{ base: 6, sm: 2 }}>
                <Button
                  mt={25}
                  variant="subtle"
                  color="red"
                  fullWidth
                  disabled={lines.length <= 1}
                  leftSection={<IconTrash size={14} aria-hidden />}
                  aria-label={t('allocations.removeLine', { n: i + 1 })}
                  onClick={() => form.removeListItem('lines', i)}
                >
                  {t('allocations.remove')}
                </Button>
              </Grid.Col>
            </Grid>
          </Paper>
        );
      })}
      <Group justify="space-between" align="center">
        <Button
          variant="light"
          leftSection={<IconPlus size={16} aria-hidden />}
          onClick={() =>
            form.insertListItem('lines', emptyLine(Math.max(0, Math.round((100 - total) * 100) / 100)))
          }
        >
          {t('allocations.addLine')}
        </Button>
        <Text fw={700} c={complete ? 'teal.8' : 'orange.8'} aria-live="polite" data-testid="allocation-total">
          {t('allocations.total', { total: formatNumber(total) })}
        </Text>
      </Group>
      {linesError ? (
        <Text c="red" size="sm" fw={500} role="alert" data-testid="allocation-lines-error">
          {linesError}
        </Text>
      ) : null}
    </Stack>
  );
}
