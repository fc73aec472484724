import { type ComponentType, lazy, Suspense } from 'react';
import { Loading } from '../../components/Loading';

/** The sample pages load with their first visit, as the call-analysis pages do (charts, core's sizes). */
function deferred(load: () => Promise<ComponentType>) {
  const Page = lazy(() => load().then((Component) => ({ default: Component })));
  return function DeferredPage() {
    return (
      <Suspense fallback={<Loading />}>
        <Page />
      </Suspense>
    );
  };
}

export const SamplesPage = deferred(() => import('./list/SamplesPage').then((m) => m.SamplesPage));
export const NewPlanPage = deferred(() => import('./new/NewPlanPage').then((m) => m.NewPlanPage));
export const PlanPage = deferred(() => import('./plan/PlanPage').then((m) => m.PlanPage));
