import { type ComponentType, lazy, Suspense } from 'react';
import { Loading } from '../../components/Loading';

/** The coaching cycle pages load with their first visit, as the report and sample pages do. */
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

export const CyclesPage = deferred(() => import('./list/CyclesPage').then((m) => m.CyclesPage));
export const CyclePage = deferred(() => import('./cycle/CyclePage').then((m) => m.CyclePage));
