import i18n from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import en from '../../../i18n/en.json';
import fr from '../../../i18n/fr.json';
import { checkContract } from './contractChecks';
import { newContractValues } from './contractValues';
import { pathLabel } from './pathLabel';
import { problemMessage } from './problemMessages';

beforeAll(async () => {
  await i18n.init({
    resources: { en: { translation: en }, fr: { translation: fr } },
    lng: 'en',
    fallbackLng: 'en',
    interpolation: { escapeValue: false },
  });
});

describe('pathLabel', () => {
  it('names a field the way the editor shows it', async () => {
    await i18n.changeLanguage('en');
    expect(pathLabel(i18n.t, 'versions.1.phases.0.priceLines.2.unitPriceCents')).toBe(
      'Version 2 › Phase 1 › Price line 3 › Unit price',
    );
    expect(pathLabel(i18n.t, 'versions.0.phases.1.atRisk.kpiAllocationPercent.nps')).toBe(
      'Version 1 › Phase 2 › At-risk pool › KPI allocation (NPS)',
    );
    expect(pathLabel(i18n.t, 'versions.0.phases.0.kpiTerms.0.rule.steps.1.to')).toBe(
      'Version 1 › Phase 1 › KPI term 1 › Rule › Step 2 › Up to (excluded)',
    );
    await i18n.changeLanguage('fr');
    expect(pathLabel(i18n.t, 'name')).toBe('Nom du contrat');
    expect(pathLabel(i18n.t, '')).toBe('Contrat');
  });

  it('words every problem of an empty contract in French', async () => {
    await i18n.changeLanguage('fr');
    const messages = checkContract(newContractValues(null)).problems.map((p) => problemMessage(i18n.t, p));
    expect(messages.length).toBeGreaterThan(5);
    for (const m of messages) expect(m).not.toMatch(/is required|cannot be empty/);
  });
});
