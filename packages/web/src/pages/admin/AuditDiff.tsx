import { Code, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function show(value: unknown): string {
  if (value === undefined) return '';
  return typeof value === 'string' ? value : JSON.stringify(value, null, 2);
}

/** A field's value on one side, as written in the log. */
function ValueCell({ value, color }: { readonly value: string; readonly color: string | undefined }) {
  return (
    <Table.Td>
      <Code block bg="transparent" p={0} c={color}>
        {value || '—'}
      </Code>
    </Table.Td>
  );
}

const HIDDEN = new Set(['id', 'workspaceId', 'createdAt', 'updatedAt']);

/** The entity before and after a write, field by field, changed fields first and marked. */
export function AuditDiff({ before, after }: { readonly before: unknown; readonly after: unknown }) {
  const { t } = useTranslation();
  const b = isRecord(before) ? before : {};
  const a = isRecord(after) ? after : {};
  if (!isRecord(before) && !isRecord(after)) {
    return (
      <Text size="sm" c="dimmed">
        {t('audit.noDetails')}
      </Text>
    );
  }
  // a creation or a deletion has one side only: show it plainly, without marking every field
  const update = isRecord(before) && isRecord(after);
  const keys = [...new Set([...Object.keys(b), ...Object.keys(a)])];
  const rows = keys
    .map((key) => ({ key, before: show(b[key]), after: show(a[key]) }))
    .map((r) => ({ ...r, changed: update && r.before !== r.after }))
    .filter((r) => r.changed || !HIDDEN.has(r.key))
    .sort((x, y) => Number(y.changed) - Number(x.changed));
  return (
    <Table.ScrollContainer minWidth={520}>
      <Table withTableBorder withColumnBorders highlightOnHover={false} fz="xs">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w="20%">{t('audit.field')}</Table.Th>
            {isRecord(before) ? (
              <Table.Th w={update ? '40%' : undefined}>{t('audit.before')}</Table.Th>
            ) : null}
            {isRecord(after) ? <Table.Th w={update ? '40%' : undefined}>{t('audit.after')}</Table.Th> : null}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((r) => (
            <Table.Tr
              key={r.key}
              bg={r.changed ? 'yellow.0' : undefined}
              data-changed={r.changed || undefined}
            >
              <Table.Td fw={r.changed ? 700 : 400}>
                {r.key}
                {r.changed ? (
                  <Text span c="orange.8" ml={4} aria-label={t('audit.changed')}>
                    •
                  </Text>
                ) : null}
              </Table.Td>
              {isRecord(before) ? (
                <ValueCell value={r.before} color={r.changed ? 'red.8' : update ? 'dimmed' : undefined} />
              ) : null}
              {isRecord(after) ? (
                <ValueCell value={r.after} color={r.changed ? 'teal.9' : update ? 'dimmed' : undefined} />
              ) : null}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
