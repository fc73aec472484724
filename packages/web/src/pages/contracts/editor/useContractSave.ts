import { useQueryClient } from '@tanstack/react-query';
import type { ContractRecord } from '@vigie/core';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { type ApiIssue, isApiError } from '../../../api/client';
import { type ContractDocument, useAmendContract, useSaveContract } from '../../../api/contracts';
import { queryKeys } from '../../../api/keys';
import { notifyError, notifySuccess } from '../../../forms/errors';
import type { FormErrors } from '../../../forms/issues';
import { useWorkspace, useWsHref } from '../../../hooks/workspace';
import { serverIssueErrors } from './problemMessages';
import { planSave } from './savePlan';

interface SaveCallbacks {
  /** the stored contract after an update (a creation goes to the new contract's page instead) */
  readonly onSaved: (record: ContractRecord) => void;
  /** a new contract was stored: the page is about to move to its address */
  readonly onCreated?: () => void;
  /** the server's refusal, by field path ('_' for the whole contract) */
  readonly onRefused: (errors: FormErrors) => void;
}

/** An amendment's body is one version: its issue paths are put back under that version. */
function underVersion(issues: readonly ApiIssue[], version: number): ApiIssue[] {
  return issues.map((issue) =>
    ['phases', 'effectiveFrom', 'reason'].includes(String(issue.path[0]))
      ? { ...issue, path: ['versions', version, ...issue.path] }
      : issue,
  );
}

/**
 * Saves the document: POST for a new contract, POST .../versions when the only change is an
 * amendment appended, PUT otherwise. The server's issues come back by field path.
 */
export function useContractSave(saved: ContractRecord | null, callbacks: SaveCallbacks) {
  const { t } = useTranslation();
  const { workspaceId } = useWorkspace();
  const href = useWsHref();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const save = useSaveContract(workspaceId);
  const amend = useAmendContract(workspaceId);

  const refused = (error: unknown, amendedVersion: number | null) => {
    if (isApiError(error) && [400, 409, 422].includes(error.status)) {
      const issues = amendedVersion === null ? error.issues : underVersion(error.issues, amendedVersion);
      const errors = serverIssueErrors(t, issues);
      if (issues.length === 0) errors._ = error.message || t(`errors.${error.code}`, { defaultValue: '' });
      callbacks.onRefused(errors);
      return;
    }
    notifyError(t, error);
  };

  const succeeded = (record: ContractRecord) => {
    notifySuccess(t('contracts.saved', { name: record.name }));
    queryClient.setQueryData(queryKeys.item(workspaceId, 'contracts', record.id), record);
    if (saved) callbacks.onSaved(record);
    else {
      callbacks.onCreated?.();
      void navigate(href(`contracts/${encodeURIComponent(record.id)}`), { replace: true });
    }
  };

  const submit = (document: ContractDocument) => {
    const plan = planSave(saved?.document ?? null, document);
    if (plan.kind === 'amend' && saved) {
      const version = (document.versions?.length ?? 1) - 1;
      amend.mutate(
        { id: saved.id, amendment: plan.amendment },
        { onSuccess: succeeded, onError: (error) => refused(error, version) },
      );
    } else {
      save.mutate(
        { id: saved?.id, document },
        { onSuccess: succeeded, onError: (error) => refused(error, null) },
      );
    }
  };

  return { submit, saving: save.isPending || amend.isPending };
}
