import { type ComponentType, lazy, Suspense } from 'react';
import { Loading } from '../../components/Loading';

/**
 * The call-analysis pages load with their first visit: the rule engine that checks and tries rules
 * in the browser, the call viewer and the charts are not needed by the rest of the app.
 */
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

export const RunsPage = deferred(() => import('./runs/RunsPage').then((m) => m.RunsPage));
export const RunPage = deferred(() => import('./run/RunPage').then((m) => m.RunPage));
export const PracticePage = deferred(() => import('./practice/PracticePage').then((m) => m.PracticePage));
export const CallViewerPage = deferred(() => import('./call/CallViewerPage').then((m) => m.CallViewerPage));
export const LibrariesPage = deferred(() => import('./libraries/LibrariesPage').then((m) => m.LibrariesPage));
export const LibraryPage = deferred(() => import('./libraries/LibraryPage').then((m) => m.LibraryPage));
