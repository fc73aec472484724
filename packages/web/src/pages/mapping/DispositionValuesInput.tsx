import { Code, Select, Table, Text } from '@mantine/core';
import { DISPOSITIONS, type Disposition } from '@vigie/core';
import { useTranslation } from 'react-i18next';
import type { DispositionChoice } from './mappingValues';

interface DispositionValuesInputProps {
  readonly rows: readonly DispositionChoice[];
  readonly onChange: (rows: DispositionChoice[]) => void;
}

function isDisposition(value: string | null): value is Disposition {
  return (DISPOSITIONS as readonly (string | null)[]).includes(value);
}

/** What each value of the source's disposition column means for Vigie. */
export function DispositionValuesInput({ rows, onChange }: DispositionValuesInputProps) {
  const { t } = useTranslation();
  if (rows.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {t('mapping.dispositions.none')}
      </Text>
    );
  }
  const options = DISPOSITIONS.map((d) => ({ value: d, label: t(`imports.dispositions.${d}`) }));
  return (
    <Table maw={560} data-testid="disposition-values">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('mapping.dispositions.source')}</Table.Th>
          <Table.Th>{t('mapping.dispositions.target')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((row, index) => (
          <Table.Tr key={row.source}>
            <Table.Td>
              <Code>{row.source}</Code>
            </Table.Td>
            <Table.Td>
              <Select
                aria-label={t('mapping.dispositions.selectLabel', { value: row.source })}
                placeholder={t('mapping.dispositions.asWritten')}
                data={options}
                value={row.disposition}
                clearable
                allowDeselect={false}
                onChange={(value) =>
                  onChange(
                    rows.map((r, i) =>
                      i === index ? { ...r, disposition: isDisposition(value) ? value : null } : r,
                    ),
                  )
                }
              />
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
