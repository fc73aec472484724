import { type ComponentType, lazy, Suspense } from 'react';
import { Loading } from '../../components/Loading';

/**
 * The contract and invoice pages load with their first visit: the editor, the statement tables
 * and the computation of statements in the browser are not needed by the rest of the app.
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

export const ContractsPage = deferred(() => import('./ContractsPage').then((m) => m.ContractsPage));
export const ContractPage = deferred(() => import('./ContractPage').then((m) => m.ContractPage));
export const StatementPage = deferred(() => import('./statement/StatementPage').then((m) => m.StatementPage));
export const InvoicesPage = deferred(() => import('../invoices/InvoicesPage').then((m) => m.InvoicesPage));
export const InvoicePage = deferred(() => import('../invoices/InvoicePage').then((m) => m.InvoicePage));
