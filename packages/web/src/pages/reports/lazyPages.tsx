import { type ComponentType, lazy, Suspense } from 'react';
import { Loading } from '../../components/Loading';

/** The report pages load with their first visit, as the sample and call-analysis pages do. */
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

export const ReportsPage = deferred(() => import('./list/ReportsPage').then((m) => m.ReportsPage));
export const ReportPage = deferred(() => import('./report/ReportPage').then((m) => m.ReportPage));
