import type { TFunction } from 'i18next';
import { compareText, countryName, languageName } from '../format';

/** Countries where contact centres of French-speaking clients usually sit, listed first. */
export const USUAL_COUNTRIES = ['FR', 'MA', 'TN', 'SN', 'MU', 'MG', 'IN', 'PH', 'PT', 'ES'] as const;

/** ISO 3166-1 alpha-2 codes, for any other country. */
const ALL_COUNTRIES = (
  'AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ ' +
  'CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR ' +
  'GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO ' +
  'JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR ' +
  'MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO ' +
  'RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV ' +
  'TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW'
).split(' ');

const option = (code: string) => ({ value: code, label: `${countryName(code)} (${code})` });

/** Grouped Select data: the usual countries, then every other one by name. */
export function countryOptions(t: TFunction, current?: string) {
  const usual = new Set<string>(USUAL_COUNTRIES);
  const others = ALL_COUNTRIES.filter((c) => !usual.has(c));
  if (current && !usual.has(current) && !others.includes(current)) others.push(current);
  return [
    { group: t('sites.countryGroups.usual'), items: USUAL_COUNTRIES.map(option) },
    {
      group: t('sites.countryGroups.others'),
      items: others.map(option).sort((a, b) => compareText(a.label, b.label)),
    },
  ];
}

/** Languages offered for sites and activities. */
export const LANGUAGE_CODES = ['fr', 'en', 'es', 'de', 'it', 'ar', 'pt', 'nl'] as const;

/** MultiSelect data, keeping codes already chosen that the short list lacks. */
export function languageOptions(current: readonly string[] = []) {
  const codes = [
    ...LANGUAGE_CODES,
    ...current.filter((c) => !(LANGUAGE_CODES as readonly string[]).includes(c)),
  ];
  return codes.map((code) => ({ value: code, label: languageName(code) }));
}

export function languageList(codes: readonly string[]): string {
  return codes.map(languageName).join(', ');
}
