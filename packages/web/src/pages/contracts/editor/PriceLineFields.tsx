import { Button, Grid, Group, Paper, Select, TextInput } from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import { CHANNELS, PRICE_LINE_KINDS, type PriceLineKind } from '@vigie/core';
import { useTranslation } from 'react-i18next';
import { enumOptions } from '../../../components/options';
import { ANCHORED_MEASURES, type PriceLineValues } from './contractValues';
import { useEditor } from './editorContext';
import { MoneyField, NumberField } from './NumberFields';

interface PriceLineFieldsProps {
  /** e.g. "versions.0.phases.1.priceLines.2" */
  readonly path: string;
  readonly line: PriceLineValues;
  readonly index: number;
  readonly onRemove: () => void;
}

const isKind = (v: string | null): v is PriceLineKind =>
  (PRICE_LINE_KINDS as readonly string[]).includes(v ?? '');

/** One price line: its kind, then the fields that kind is priced with. */
export function PriceLineFields({ path, line, index, onRemove }: PriceLineFieldsProps) {
  const { t } = useTranslation();
  const { form, field } = useEditor();
  const at = (name: string) => `${path}.${name}`;
  const channel = (
    <Select
      label={t('contracts.fields.channel')}
      placeholder={t('contracts.hints.allChannels')}
      clearable
      data={enumOptions(t, 'channel', CHANNELS)}
      {...field(at('channel'))}
    />
  );
  const unitPrice = (
    <MoneyField path={at('unitPriceCents')} label={t('contracts.fields.unitPriceCents')} required />
  );
  const kindProps = field(at('kind'));

  return (
    <Paper withBorder p="xs" bg="gray.0" data-testid={`price-line-${index}`}>
      <Grid gap="xs" align="flex-start">
        <Grid.Col span={{ base: 12, sm: 4 }}>
          <Select
            label={t('contracts.fields.priceKind')}
            required
            allowDeselect={false}
            data={PRICE_LINE_KINDS.map((k) => ({ value: k, label: t(`contracts.priceKinds.${k}`) }))}
            {...kindProps}
            onChange={(value) => {
              if (isKind(value)) form.setFieldValue(at('kind'), value);
            }}
          />
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 5 }}>
          <TextInput
            label={t('contracts.fields.label')}
            description={t('contracts.hints.lineLabel')}
            {...field(at('label'))}
          />
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 3 }}>
          <Group justify="flex-end" mt={{ sm: 25 }}>
            <Button
              variant="subtle"
              color="red"
              leftSection={<IconTrash size={14} aria-hidden />}
              aria-label={t('contracts.priceLines.remove', { n: index + 1 })}
              onClick={onRemove}
            >
              {t('contracts.remove')}
            </Button>
          </Group>
        </Grid.Col>
        {line.kind === 'fixed_fee' ? (
          <Grid.Col span={{ base: 12, sm: 4 }}>
            <MoneyField path={at('amountCents')} label={t('contracts.fields.amountCents')} required />
          </Grid.Col>
        ) : null}
        {line.kind === 'per_contact' ? (
          <>
            <Grid.Col span={{ base: 12, sm: 4 }}>{channel}</Grid.Col>
            <Grid.Col span={{ base: 12, sm: 4 }}>{unitPrice}</Grid.Col>
            <Grid.Col span={{ base: 12, sm: 4 }}>
              <NumberField
                path={at('minimumPercentOfForecast')}
                label={t('contracts.fields.minimumPercentOfForecast')}
                description={t('contracts.hints.minimumPercentOfForecast')}
                unit="%"
              />
            </Grid.Col>
          </>
        ) : null}
        {line.kind === 'per_outcome' ? (
          <>
            <Grid.Col span={{ base: 12, sm: 4 }}>
              <TextInput
                label={t('contracts.fields.outcome')}
                description={t('contracts.hints.outcome')}
                required
                {...field(at('outcome'))}
              />
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 4 }}>{unitPrice}</Grid.Col>
          </>
        ) : null}
        {['per_logged_in_hour', 'per_productive_hour', 'per_fte', 'per_minute'].includes(line.kind) ? (
          <Grid.Col span={{ base: 12, sm: 4 }}>{unitPrice}</Grid.Col>
        ) : null}
        {line.kind === 'anchored' ? (
          <>
            <Grid.Col span={{ base: 12, sm: 4 }}>
              <Select
                label={t('contracts.fields.measure')}
                required
                allowDeselect={false}
                data={ANCHORED_MEASURES.map((m) => ({ value: m, label: t(`contracts.measures.${m}`) }))}
                {...field(at('measure'))}
              />
            </Grid.Col>
            {line.measure === 'contacts' ? <Grid.Col span={{ base: 12, sm: 4 }}>{channel}</Grid.Col> : null}
            <Grid.Col span={{ base: 12, sm: 4 }}>
              <NumberField
                path={at('baselineVolume')}
                label={t('contracts.fields.baselineVolume')}
                required
              />
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 4 }}>
              <MoneyField
                path={at('baseUnitPriceCents')}
                label={t('contracts.fields.baseUnitPriceCents')}
                required
              />
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 4 }}>
              <MoneyField
                path={at('aboveUnitPriceCents')}
                label={t('contracts.fields.aboveUnitPriceCents')}
                required
              />
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 4 }}>
              <MoneyField
                path={at('belowUnitPriceCents')}
                label={t('contracts.fields.belowUnitPriceCents')}
                required
              />
            </Grid.Col>
          </>
        ) : null}
      </Grid>
    </Paper>
  );
}
