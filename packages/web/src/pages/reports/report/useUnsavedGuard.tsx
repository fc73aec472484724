import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useBlocker } from 'react-router';
import { ConfirmModal } from '../../../components/ConfirmModal';

/**
 * Asks before leaving a draft report with unsaved edits, as the library editor does: a modal for a
 * link inside the app, the browser's own prompt for closing or reloading the tab.
 */
export function useUnsavedGuard(dirty: boolean) {
  const { t } = useTranslation();
  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) => dirty && currentLocation.pathname !== nextLocation.pathname,
  );
  useEffect(() => {
    if (!dirty) return;
    const ask = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', ask);
    return () => window.removeEventListener('beforeunload', ask);
  }, [dirty]);
  return (
    <ConfirmModal
      opened={blocker.state === 'blocked'}
      title={t('reports.editor.leave.title')}
      confirmLabel={t('reports.editor.leave.confirm')}
      onConfirm={() => blocker.proceed?.()}
      onClose={() => blocker.reset?.()}
    >
      {t('reports.editor.leave.body')}
    </ConfirmModal>
  );
}
