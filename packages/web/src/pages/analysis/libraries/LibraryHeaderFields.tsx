import { SimpleGrid, TextInput } from '@mantine/core';
import type { Library } from '@vigie/core';
import { useTranslation } from 'react-i18next';

interface LibraryHeaderFieldsProps {
  readonly library: Library;
  readonly onChange: (library: Library) => void;
  readonly errors: Readonly<Record<string, string>>;
  readonly readOnly: boolean;
}

/** The library's names in French and English, and its id and language (fixed). */
export function LibraryHeaderFields({ library, onChange, errors, readOnly }: LibraryHeaderFieldsProps) {
  const { t } = useTranslation();
  return (
    <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }}>
      <TextInput
        label={t('analysis.editor.nameFr')}
        value={library.name.fr}
        onChange={(e) => onChange({ ...library, name: { ...library.name, fr: e.currentTarget.value } })}
        error={errors['name.fr']}
        required
        readOnly={readOnly}
      />
      <TextInput
        label={t('analysis.editor.nameEn')}
        value={library.name.en}
        onChange={(e) => onChange({ ...library, name: { ...library.name, en: e.currentTarget.value } })}
        error={errors['name.en']}
        required
        readOnly={readOnly}
      />
      <TextInput label={t('analysis.editor.libraryId')} value={library.id} readOnly variant="filled" />
      <TextInput label={t('analysis.editor.language')} value={library.language} readOnly variant="filled" />
    </SimpleGrid>
  );
}
