import type { CoachingTheme, Proportion } from '@vigie/core';
import { useMemo } from 'react';
import { useRun } from '../../../api/analysis';
import { labelIndex, useLang } from '../../analysis/shared/labels';

/** A practice of a run's library, with its rate among the vendor's calls of that run. */
export interface RunPractice {
  readonly id: string;
  readonly label: string;
  readonly theme: CoachingTheme | null;
  readonly polarity: 'good' | 'bad' | null;
  /** null when the run holds no call of the vendor */
  readonly rate: Proportion | null;
}

// the same breakdown the report modal asks, to share the cache
const BY_VENDOR = ['vendor'] as const;

/**
 * The practices of a finished run's library and their rates over one vendor's calls: the
 * baseline an objective starts from, and the labels of the objectives' practices.
 */
export function useRunPractices(workspaceId: string, runId: string | null, vendorId: string | null) {
  const lang = useLang();
  const run = useRun(workspaceId, runId ?? '', BY_VENDOR);
  const data = run.data;
  const practices = useMemo<readonly RunPractice[]>(() => {
    if (!data) return [];
    const group = data.stats?.groups.find((g) => g.dimension === 'vendor' && g.key === vendorId);
    const rates = new Map((group?.practices ?? []).map((p) => [p.practiceId, p.calls]));
    return data.library.rules
      .filter((r) => r.kind === 'practice')
      .map((r) => ({
        id: r.id,
        label: r.label[lang] || r.id,
        theme: r.theme ?? null,
        polarity: r.polarity ?? null,
        rate: rates.get(r.id) ?? null,
      }));
  }, [data, vendorId, lang]);
  const label = useMemo(() => labelIndex(data?.library.rules ?? [], lang), [data, lang]);
  return { run, practices, label, pending: Boolean(runId) && run.isPending };
}
