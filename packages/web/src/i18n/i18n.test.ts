import {
  AUDIT_ACTIONS,
  CHANNELS,
  checkAllocation,
  DIRECTIONS,
  ROLES,
  SHORES,
  VENDOR_STATUSES,
} from '@vigie/core';
import i18n from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { formatDate, formatMoney, formatSharePercent } from '../format';
import { issueMessage } from '../forms/issues';
import { AUDIT_ENTITIES } from '../pages/admin/AuditFilters';
import en from './en.json';
import fr from './fr.json';

function flatten(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([k, v]) => flatten(v, prefix ? `${prefix}.${k}` : k));
}

const enKeys = new Set(flatten(en));
const has = (key: string) => enKeys.has(key) || enKeys.has(`${key}_one`);

const sources = import.meta.glob<string>(['../**/*.ts', '../**/*.tsx', '!../**/*.test.ts'], {
  query: '?raw',
  import: 'default',
  eager: true,
});

beforeAll(async () => {
  await i18n.init({
    resources: { en: { translation: en }, fr: { translation: fr } },
    lng: 'fr',
    fallbackLng: 'en',
    interpolation: { escapeValue: false },
  });
});

describe('translations', () => {
  it('have the same keys in French and English', () => {
    expect(flatten(fr).sort()).toEqual(flatten(en).sort());
  });

  it('have no empty text', () => {
    for (const lng of ['en', 'fr']) {
      const empty = flatten(lng === 'en' ? en : fr).filter(
        (key) => !i18n.getResource(lng, 'translation', key),
      );
      expect(empty).toEqual([]);
    }
  });

  it('cover every key the code names', () => {
    const used = new Set<string>();
    for (const text of Object.values(sources)) {
      for (const m of text.matchAll(/\bt\(\s*'([a-zA-Z0-9_.]+)'/g)) if (m[1]) used.add(m[1]);
    }
    expect(used.size).toBeGreaterThan(100);
    expect([...used].filter((k) => !has(k))).toEqual([]);
  });

  it('name every value of the enums', () => {
    const groups: Record<string, readonly string[]> = {
      channel: CHANNELS,
      shore: SHORES,
      vendorStatus: VENDOR_STATUSES,
      direction: DIRECTIONS,
      role: ROLES,
      auditAction: AUDIT_ACTIONS,
      entity: AUDIT_ENTITIES,
    };
    for (const [group, values] of Object.entries(groups)) {
      for (const v of values) expect(has(`enums.${group}.${v}`), `enums.${group}.${v}`).toBe(true);
    }
    for (const role of ROLES) expect(has(`users.roleHelp.${role}`)).toBe(true);
  });

  it('translate the rule codes, with their parameters', () => {
    const codes = [
      'allocation.shares_sum',
      'allocation.duplicate_line',
      'allocation.site_not_of_vendor',
      'allocation.period_overlap',
      'dates.end_before_start',
      'opening_hours.end_before_start',
      'opening_hours.overlap',
      'role.vendor_required',
      'role.vendor_forbidden',
    ];
    for (const code of codes) expect(has(`rules.${code}`), code).toBe(true);
    const [sum] = checkAllocation({
      activityId: 'a',
      validFrom: '2026-01-01',
      validTo: null,
      lines: [{ vendorId: 'v', siteId: null, sharePercent: 90 }],
    });
    expect(sum?.code).toBe('allocation.shares_sum');
    expect(
      issueMessage(i18n.t, { ...sum, path: ['lines'], code: 'allocation.shares_sum', message: 'x' }),
    ).toBe('Les parts totalisent 90 %, elles doivent totaliser 100 %.');
  });

  it('fall back to the server message for an unknown code', () => {
    expect(issueMessage(i18n.t, { path: [], code: 'brand.new_rule', message: 'Server says no' })).toBe(
      'Server says no',
    );
  });
});

describe('format', () => {
  it('formats days, shares and money (from cents) in the interface locale', async () => {
    await i18n.changeLanguage('fr');
    expect(formatDate('2026-03-01', 'long')).toBe('1 mars 2026');
    expect(formatSharePercent(33.33).replace(/\s/g, ' ')).toBe('33,33 %');
    expect(formatMoney(123456789).replace(/\s/g, ' ')).toBe('1 234 567,89 €');
    await i18n.changeLanguage('en');
    expect(formatDate('2026-03-01', 'long')).toBe('1 March 2026');
    expect(formatSharePercent(33.33)).toBe('33.33%');
    expect(formatMoney(123456789)).toBe('€1,234,567.89');
  });
});
