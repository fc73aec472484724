import { Button } from '@mantine/core';
import { IconCopy } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useLibrary } from '../../../api/libraries';
import { LoadGate } from '../../../components/LoadGate';
import { PageHeader } from '../../../components/PageHeader';
import { formatDateTime } from '../../../format';
import { useCan, useWorkspace, useWsHref } from '../../../hooks/workspace';
import { NotFoundPage } from '../../misc/NotFoundPage';
import { Crumbs } from '../shared/Crumbs';
import { isNotFound } from '../shared/isNotFound';
import { useLang } from '../shared/labels';
import { analysisPaths } from '../shared/paths';
import { CopyLibraryModal } from './CopyLibraryModal';
import { LibraryEditor } from './LibraryEditor';

/** /analysis/libraries/:libraryId: a shipped library to read and copy, or a workspace library to edit. */
export function LibraryPage() {
  const { t } = useTranslation();
  const lang = useLang();
  const { libraryId = '' } = useParams();
  const { workspaceId } = useWorkspace();
  const href = useWsHref();
  const allowed = useCan();
  const library = useLibrary(workspaceId, libraryId);
  const [copying, setCopying] = useState(false);
  if (isNotFound(library)) return <NotFoundPage />;
  const record = library.data;
  const readOnly = !record || record.builtIn || !allowed('update', 'library');
  const description = record
    ? record.builtIn
      ? t('analysis.libraries.shippedIntro')
      : record.updatedAt
        ? t('analysis.libraries.updatedAt', { at: formatDateTime(record.updatedAt) })
        : undefined
    : undefined;
  return (
    <div style={{ maxWidth: 1400 }}>
      <Crumbs
        items={[
          { label: t('analysis.runs.title'), to: href(analysisPaths.runs()) },
          { label: t('analysis.libraries.title'), to: href(analysisPaths.libraries()) },
          { label: record?.library.name[lang] ?? '…' },
        ]}
      />
      <PageHeader
        title={record?.library.name[lang] ?? t('analysis.libraries.title')}
        description={description}
        actions={
          record?.builtIn && allowed('create', 'library') ? (
            <Button leftSection={<IconCopy size={16} aria-hidden />} onClick={() => setCopying(true)}>
              {t('analysis.libraries.copy')}
            </Button>
          ) : null
        }
      />
      <LoadGate loads={[library]}>
        {() =>
          record ? <LibraryEditor key={record.id} record={record} readOnly={readOnly} lang={lang} /> : null
        }
      </LoadGate>
      {record ? (
        <CopyLibraryModal source={copying ? record : null} onClose={() => setCopying(false)} />
      ) : null}
    </div>
  );
}
