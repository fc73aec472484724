import i18n from 'i18next';
import LanguageDetector from 'i18next-browser-languagedetector';
import { initReactI18next } from 'react-i18next';
import en from './en.json';
import fr from './fr.json';

export const LANGUAGES = ['fr', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

/** Where the user's explicit choice is kept; without it the browser's language decides. */
export const LANGUAGE_STORAGE_KEY = 'vigie.language';

export function currentLanguage(): Language {
  return i18n.resolvedLanguage === 'fr' ? 'fr' : 'en';
}

/** Switch the interface language and remember the choice on this browser. */
export async function chooseLanguage(language: Language): Promise<void> {
  try {
    localStorage.setItem(LANGUAGE_STORAGE_KEY, language);
  } catch {
    // private mode or storage disabled: the choice lasts for this page only
  }
  await i18n.changeLanguage(language);
}

i18n.on('languageChanged', () => {
  if (typeof document !== 'undefined') document.documentElement.lang = currentLanguage();
});

void i18n
  .use(LanguageDetector)
  .use(initReactI18next)
  .init({
    resources: { en: { translation: en }, fr: { translation: fr } },
    supportedLngs: [...LANGUAGES],
    nonExplicitSupportedLngs: true,
    load: 'languageOnly',
    fallbackLng: 'en',
    detection: {
      order: ['localStorage', 'navigator'],
      lookupLocalStorage: LANGUAGE_STORAGE_KEY,
      // only an explicit choice is stored (chooseLanguage), so the browser keeps deciding otherwise
      caches: [],
    },
    interpolation: { escapeValue: false },
  });

export default i18n;
