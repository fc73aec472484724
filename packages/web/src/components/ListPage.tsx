import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { DeleteConfirmation } from '../hooks/useDeleteConfirmation';
import { ConfirmModal } from './ConfirmModal';
import { LoadGate, type LoadState } from './LoadGate';
import { PageHeader } from './PageHeader';

interface ListPageProps<T> {
  readonly title: string;
  readonly description: string;
  /** the queries the page needs; the list shows once all succeeded */
  readonly loads: readonly LoadState[];
  /** the listed items, once loaded */
  readonly items: readonly unknown[] | undefined;
  /** null when the user may not create; sits in the header once there are items */
  readonly createButton: ReactNode;
  /** shown instead of the list while there is no item (it carries the create button then) */
  readonly empty: ReactNode;
  readonly children: () => ReactNode;
  readonly deletion: DeleteConfirmation<T>;
}

/** A list page: header with its create button, the list (or its empty state), and the delete confirmation. */
export function ListPage<T>({
  title,
  description,
  loads,
  items,
  createButton,
  empty,
  children,
  deletion,
}: ListPageProps<T>) {
  const { t } = useTranslation();
  const hasItems = (items ?? []).length > 0;
  return (
    <>
      <PageHeader title={title} description={description} actions={hasItems ? createButton : null} />
      <LoadGate loads={loads}>{() => (hasItems ? children() : empty)}</LoadGate>
      <ConfirmModal
        opened={deletion.target !== null}
        title={deletion.title}
        confirmLabel={t('common.delete')}
        loading={deletion.pending}
        onConfirm={deletion.confirm}
        onClose={deletion.cancel}
      >
        {deletion.question}
      </ConfirmModal>
    </>
  );
}
