import { Alert, List, SimpleGrid, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { SampleDraw } from '../../../api/samples';
import { Section } from '../../analysis/shared/Section';
import { namedWarnings } from '../shared/dimensionLabels';
import type { Names } from '../shared/useNames';
import { DimensionChart } from './DimensionChart';

/** Does the sample mirror its population? A verdict, the warnings, and one chart per dimension. */
export function Representativeness({ draw, names }: { readonly draw: SampleDraw; readonly names: Names }) {
  const { t } = useTranslation();
  const offending = draw.comparisons.filter((c) => !c.representative);
  return (
    <Section id="draw-representativeness" title={t('samples.representative.title')}>
      <Stack gap="md">
        {draw.representative ? (
          <Alert
            color="teal"
            icon={<IconCircleCheck size={18} aria-hidden />}
            data-testid="representative-note"
          >
            {t('samples.representative.allGood')}
          </Alert>
        ) : (
          <Alert
            color="yellow"
            icon={<IconAlertTriangle size={18} aria-hidden />}
            title={t('samples.representative.warningTitle')}
            data-testid="representative-warnings"
          >
            <Text size="sm" mb="xs">
              {t('samples.representative.warningText')}
            </Text>
            <List size="sm">
              {offending.flatMap((c) =>
                namedWarnings(c, names).map((warning) => (
                  <List.Item key={`${c.dimension}-${warning}`}>
                    <strong>{t(`samples.dimensions.${c.dimension}`)}</strong> — {warning}
                  </List.Item>
                )),
              )}
            </List>
          </Alert>
        )}
        <Text size="sm" c="dimmed">
          {t('samples.representative.method')}
        </Text>
        <SimpleGrid cols={{ base: 1, lg: 2 }}>
          {draw.comparisons.map((c) => (
            <DimensionChart key={c.dimension} comparison={c} names={names} />
          ))}
        </SimpleGrid>
      </Stack>
    </Section>
  );
}
