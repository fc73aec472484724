import { Button, Group, Select, SimpleGrid, TextInput } from '@mantine/core';
import { AUDIT_ACTIONS, type Member } from '@vigie/core';
import { useTranslation } from 'react-i18next';
import { enumOptions } from '../../components/options';

export interface AuditFilterValues {
  entity: string | null;
  action: string | null;
  actorUserId: string | null;
  /** YYYY-MM-DD, inclusive */
  from: string;
  to: string;
}

export const NO_FILTERS: AuditFilterValues = {
  entity: null,
  action: null,
  actorUserId: null,
  from: '',
  to: '',
};

export const AUDIT_ENTITIES = [
  'vendor',
  'site',
  'activity',
  'allocation',
  'member',
  'invitation',
  'workspace',
  'target',
  'mapping',
  'interaction_import',
  'contract',
  'month_input',
  'invoice',
] as const;

interface AuditFiltersProps {
  readonly value: AuditFilterValues;
  readonly onChange: (value: AuditFilterValues) => void;
  readonly members: readonly Member[];
}

export function AuditFilters({ value, onChange, members }: AuditFiltersProps) {
  const { t } = useTranslation();
  const set = (patch: Partial<AuditFilterValues>) => onChange({ ...value, ...patch });
  const active = JSON.stringify(value) !== JSON.stringify(NO_FILTERS);
  return (
    <SimpleGrid cols={{ base: 1, xs: 2, md: 5 }} spacing="sm" mb="md">
      <Select
        label={t('audit.fields.entity')}
        placeholder={t('audit.any')}
        clearable
        data={enumOptions(t, 'entity', AUDIT_ENTITIES)}
        value={value.entity}
        onChange={(entity) => set({ entity })}
      />
      <Select
        label={t('audit.fields.action')}
        placeholder={t('audit.any')}
        clearable
        data={enumOptions(t, 'auditAction', AUDIT_ACTIONS)}
        value={value.action}
        onChange={(action) => set({ action })}
      />
      <Select
        label={t('audit.fields.who')}
        placeholder={t('audit.anyone')}
        clearable
        searchable
        data={members.map((m) => ({ value: m.userId, label: m.name ? `${m.name} (${m.email})` : m.email }))}
        value={value.actorUserId}
        onChange={(actorUserId) => set({ actorUserId })}
      />
      <TextInput
        type="date"
        label={t('audit.fields.from')}
        value={value.from}
        max={value.to || undefined}
        onChange={(e) => set({ from: e.currentTarget.value })}
      />
      <TextInput
        type="date"
        label={t('audit.fields.to')}
        value={value.to}
        min={value.from || undefined}
        onChange={(e) => set({ to: e.currentTarget.value })}
      />
      {active ? (
        <Group style={{ gridColumn: '1 / -1' }} justify="flex-end" mt={-8}>
          <Button variant="subtle" size="compact-sm" onClick={() => onChange(NO_FILTERS)}>
            {t('audit.clear')}
          </Button>
        </Group>
      ) : null}
    </SimpleGrid>
  );
}
