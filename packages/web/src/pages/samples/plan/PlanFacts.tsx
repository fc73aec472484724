import { SimpleGrid } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { SamplePlan } from '../../../api/samples';
import { Section } from '../../analysis/shared/Section';
import { Stat } from '../../analysis/shared/Stat';
import { populationSummary, sizeSpecText, strataText, vendorLabel } from '../shared/planText';
import type { Names } from '../shared/useNames';

/** What the plan samples and how: population, size, strata and seed. */
export function PlanFacts({ plan, names }: { readonly plan: SamplePlan; readonly names: Names }) {
  const { t } = useTranslation();
  return (
    <Section id="plan-facts" title={t('samples.plan.facts')}>
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 5 }} data-testid="plan-facts">
        <Stat label={t('samples.columns.vendor')}>{vendorLabel(t, plan.vendorId, names)}</Stat>
        <Stat label={t('samples.columns.population')}>{populationSummary(t, plan.population, names)}</Stat>
        <Stat label={t('samples.columns.size')}>{sizeSpecText(t, plan.size)}</Stat>
        <Stat label={t('samples.columns.strata')}>{strataText(t, plan.strata)}</Stat>
        <Stat label={t('samples.columns.seed')} hint={t('samples.plan.seedHint')}>
          <span data-testid="plan-seed">{plan.seed}</span>
        </Stat>
      </SimpleGrid>
    </Section>
  );
}
