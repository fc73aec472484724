import { Alert, Badge, Button, Fieldset, Group, Stack, Tabs, Text, Textarea, TextInput } from '@mantine/core';
import { IconGitBranch, IconLock, IconPlus, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../format';
import { nextDay } from '../contractFormat';
import { AmendModal } from './AmendModal';
import { amendedVersion, emptyPhase, type VersionValues } from './contractValues';
import { useEditor } from './editorContext';
import { PhaseFields } from './PhaseFields';

interface VersionsEditorProps {
  /** how many versions the stored contract has (0 for a new one) */
  readonly savedCount: number;
  readonly readOnly: boolean;
}

/** Where a new phase starts: the day after the last one ends, else the version's date. */
function nextPhaseStart(version: VersionValues): string {
  const last = version.phases.at(-1);
  return last?.end ? nextDay(last.end) : version.effectiveFrom;
}

/**
 * The versions of the contract as tabs: the signed terms, then each amendment. A version that a
 * later one follows is signed history and read-only; only the last saved one can still be
 * corrected (the server refuses if a statement was invoiced with it), and "Amend" adds a new one.
 */
export function VersionsEditor({ savedCount, readOnly }: VersionsEditorProps) {
  const { t } = useTranslation();
  const { form, field, errorOf, countIn } = useEditor();
  const versions = form.values.versions;
  const [active, setActive] = useState<string | null>(String(versions.length - 1));
  const [amending, setAmending] = useState(false);
  const last = versions.at(-1);
  const current = Math.min(Number(active ?? 0), versions.length - 1);

  const amend = (effectiveFrom: string, reason: string) => {
    if (!last) return;
    form.insertListItem('versions', amendedVersion(last, effectiveFrom, reason));
    setActive(String(versions.length));
    setAmending(false);
  };
  const removeVersion = (v: number) => {
    form.removeListItem('versions', v);
    setActive(String(Math.max(0, v - 1)));
  };

  return (
    <Stack gap="sm">
      <Group justify="space-between" align="center">
        <Text size="sm" c="dimmed" style={{ flex: '1 1 20rem' }}>
          {t('contracts.versions.intro')}
        </Text>
        {readOnly ? null : (
          <Button
            variant="light"
            leftSection={<IconGitBranch size={16} aria-hidden />}
            onClick={() => setAmending(true)}
          >
            {t('contracts.versions.amend')}
          </Button>
        )}
      </Group>
      <Tabs value={String(current)} onChange={setActive} keepMounted={false}>
        <Tabs.List>
          {versions.map((version, v) => (
            <Tabs.Tab
              key={version.key}
              value={String(v)}
              leftSection={v < savedCount - 1 ? <IconLock size={14} aria-hidden /> : null}
              rightSection={
                <Group gap={4} wrap="nowrap">
                  {v >= savedCount && savedCount > 0 ? (
                    <Badge size="xs" variant="light" color="orange">
                      {t('contracts.versions.unsaved')}
                    </Badge>
                  ) : null}
                  {countIn(`versions.${v}`) > 0 ? (
                    <Badge size="xs" variant="filled" color="red">
                      {t('contracts.versions.problems', { count: countIn(`versions.${v}`) })}
                    </Badge>
                  ) : null}
                </Group>
              }
            >
              {t('contracts.versions.tab', {
                n: v + 1,
                date: version.effectiveFrom ? formatDate(version.effectiveFrom) : '…',
              })}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        {versions.map((version, v) => {
          const path = `versions.${v}`;
          const locked = v < savedCount - 1;
          return (
            <Tabs.Panel key={version.key} value={String(v)} pt="md">
              <Stack gap="md">
                {locked ? (
                  <Alert color="gray" icon={<IconLock size={16} />}>
                    {t('contracts.versions.locked')}
                  </Alert>
                ) : v === savedCount - 1 && !readOnly ? (
                  <Text size="sm" c="dimmed">
                    {t('contracts.versions.lastSaved')}
                  </Text>
                ) : null}
                <Fieldset variant="unstyled" disabled={locked || readOnly}>
                  <Stack gap="md">
                    <Group grow align="flex-start">
                      <TextInput
                        type="date"
                        label={t('contracts.fields.effectiveFrom')}
                        description={v === 0 ? t('contracts.hints.firstVersion') : undefined}
                        required
                        {...field(`${path}.effectiveFrom`)}
                      />
                      <Textarea
                        label={t('contracts.fields.reason')}
                        required
                        autosize
                        minRows={1}
                        {...field(`${path}.reason`)}
                      />
                    </Group>
                    {version.phases.map((phase, p) => (
                      <PhaseFields
                        key={phase.key}
                        path={`${path}.phases.${p}`}
                        phase={phase}
                        index={p}
                        canRemove={version.phases.length > 1 && !locked && !readOnly}
                        onRemove={() => form.removeListItem(`${path}.phases`, p)}
                      />
                    ))}
                    {errorOf(`${path}.phases`) ? (
                      <Text size="sm" c="red">
                        {errorOf(`${path}.phases`)}
                      </Text>
                    ) : null}
                    <Group justify="space-between">
                      <Button
                        variant="light"
                        leftSection={<IconPlus size={16} aria-hidden />}
                        onClick={() =>
                          form.insertListItem(
                            `${path}.phases`,
                            emptyPhase(
                              version.phases.length === 0 ? 'pilot' : 'run',
                              nextPhaseStart(version),
                            ),
                          )
                        }
                      >
                        {t('contracts.phases.add')}
                      </Button>
                      {v >= savedCount && versions.length > 1 ? (
                        <Button
                          variant="subtle"
                          color="red"
                          leftSection={<IconTrash size={16} aria-hidden />}
                          onClick={() => removeVersion(v)}
                        >
                          {t('contracts.versions.remove')}
                        </Button>
                      ) : null}
                    </Group>
                  </Stack>
                </Fieldset>
              </Stack>
            </Tabs.Panel>
          );
        })}
      </Tabs>
      <AmendModal
        opened={amending}
        after={last?.effectiveFrom ?? ''}
        onClose={() => setAmending(false)}
        onAmend={amend}
      />
    </Stack>
  );
}
