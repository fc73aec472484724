import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useBlocker } from 'react-router';
import { ConfirmModal } from '../../../components/ConfirmModal';

/**
 * Asks before leaving a contract with unsaved changes: for a link inside the app (a modal), and
 * for closing or reloading the tab (the browser's own prompt). Changing tabs of the page only
 * changes the query string and is not asked about. `allowLeave` lets a save move to the new
 * contract's address.
 */
export function useLeaveGuard(dirty: boolean) {
  const { t } = useTranslation();
  const allowed = useRef(false);
  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) =>
      dirty && !allowed.current && currentLocation.pathname !== nextLocation.pathname,
  );
  useEffect(() => {
    if (!dirty) return;
    const ask = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', ask);
    return () => window.removeEventListener('beforeunload', ask);
  }, [dirty]);
  const modal = (
    <ConfirmModal
      opened={blocker.state === 'blocked'}
      title={t('contracts.leave.title')}
      confirmLabel={t('contracts.leave.confirm')}
      onConfirm={() => blocker.proceed?.()}
      onClose={() => blocker.reset?.()}
    >
      {t('contracts.leave.body')}
    </ConfirmModal>
  );
  return {
    modal,
    allowLeave: () => {
      allowed.current = true;
    },
  };
}
