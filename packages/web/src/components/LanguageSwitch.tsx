import { SegmentedControl } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { chooseLanguage, currentLanguage, LANGUAGES, type Language } from '../i18n';

function isLanguage(value: string): value is Language {
  return (LANGUAGES as readonly string[]).includes(value);
}

/** FR / EN; the choice is remembered on this browser. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  return (
    <SegmentedControl
      key={i18n.resolvedLanguage}
      size="xs"
      aria-label={t('header.language')}
      value={currentLanguage()}
      onChange={(value) => {
        if (isLanguage(value)) void chooseLanguage(value);
      }}
      data={[
        { value: 'fr', label: 'FR' },
        { value: 'en', label: 'EN' },
      ]}
    />
  );
}
