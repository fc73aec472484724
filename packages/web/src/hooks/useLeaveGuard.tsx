import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useBlocker } from 'react-router';
import { ConfirmModal } from '../components/ConfirmModal';

/**
 * Asks before leaving an editor with unsaved changes: for a link inside the app (a modal whose
 * texts are `<keys>.title`, `.confirm` and `.body`), and for closing or reloading the tab (the
 * browser's own prompt). Changing only the query string (a tab of the page) is not asked about.
 * `allowLeave` lets a save move on to the saved thing's address.
 */
export function useLeaveGuard(dirty: boolean, keys: string) {
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
      title={t(`${keys}.title`)}
      confirmLabel={t(`${keys}.confirm`)}
      onConfirm={() => blocker.proceed?.()}
      onClose={() => blocker.reset?.()}
    >
      {t(`${keys}.body`)}
    </ConfirmModal>
  );
  return {
    modal,
    allowLeave: () => {
      allowed.current = true;
    },
  };
}
