import { createBrowserRouter, Navigate } from 'react-router';
import { HomeRedirect } from './layout/HomeRedirect';
import { RequireAuth } from './layout/RequireAuth';
import { WorkspaceRoute } from './layout/WorkspaceRoute';
import { ActivitiesPage } from './pages/activities/ActivitiesPage';
import { ActivityEditPage } from './pages/activities/ActivityEditPage';
import { AuditPage } from './pages/admin/AuditPage';
import { UsersPage } from './pages/admin/UsersPage';
import { AllocationEditPage } from './pages/allocations/AllocationEditPage';
import { AllocationsPage } from './pages/allocations/AllocationsPage';
import {
  CallViewerPage,
  LibrariesPage,
  LibraryPage,
  PracticePage,
  RunPage,
  RunsPage,
} from './pages/analysis/lazyPages';
import { AcceptInvitationPage } from './pages/auth/AcceptInvitationPage';
import { SignInPage } from './pages/auth/SignInPage';
import {
  ContractPage,
  ContractsPage,
  InvoicePage,
  InvoicesPage,
  StatementPage,
} from './pages/contracts/lazyPages';
import { CyclePage, CyclesPage } from './pages/cycles/lazyPages';
import { DashboardsPage } from './pages/dashboards/DashboardsPage';
import { VendorDashboardPage } from './pages/dashboards/vendor/VendorDashboardPage';
import { ImportsPage } from './pages/imports/ImportsPage';
import { NewImportPage } from './pages/imports/NewImportPage';
import { MappingEditPage } from './pages/mapping/MappingEditPage';
import { MappingsPage } from './pages/mapping/MappingsPage';
import { NotFoundPage } from './pages/misc/NotFoundPage';
import { ReportPage, ReportsPage } from './pages/reports/lazyPages';
import { NewPlanPage, PlanPage, SamplesPage } from './pages/samples/lazyPages';
import { SiteEditPage } from './pages/sites/SiteEditPage';
import { SitesPage } from './pages/sites/SitesPage';
import { TargetEditPage } from './pages/targets/TargetEditPage';
import { TargetsPage } from './pages/targets/TargetsPage';
import { VendorEditPage } from './pages/vendors/VendorEditPage';
import { VendorsPage } from './pages/vendors/VendorsPage';

export const router = createBrowserRouter([
  { path: '/sign-in', element: <SignInPage /> },
  { path: '/invite/:token', element: <AcceptInvitationPage /> },
  {
    element: <RequireAuth />,
    children: [
      { index: true, element: <HomeRedirect /> },
      {
        path: 'w/:workspaceId',
        element: <WorkspaceRoute />,
        children: [
          { index: true, element: <Navigate to="vendors" replace /> },
          { path: 'vendors', element: <VendorsPage /> },
          { path: 'vendors/new', element: <VendorEditPage /> },
          { path: 'vendors/:vendorId/edit', element: <VendorEditPage /> },
          { path: 'sites', element: <SitesPage /> },
          { path: 'sites/new', element: <SiteEditPage /> },
          { path: 'sites/:siteId/edit', element: <SiteEditPage /> },
          { path: 'activities', element: <ActivitiesPage /> },
          { path: 'activities/new', element: <ActivityEditPage /> },
          { path: 'activities/:activityId/edit', element: <ActivityEditPage /> },
          { path: 'allocations', element: <AllocationsPage /> },
          { path: 'allocations/new', element: <AllocationEditPage /> },
          { path: 'allocations/:allocationId/edit', element: <AllocationEditPage /> },
          { path: 'imports', element: <ImportsPage /> },
          { path: 'imports/new', element: <NewImportPage /> },
          { path: 'imports/mappings', element: <MappingsPage /> },
          { path: 'imports/mappings/new', element: <MappingEditPage /> },
          { path: 'imports/mappings/:profileId', element: <MappingEditPage /> },
          { path: 'targets', element: <TargetsPage /> },
          { path: 'targets/new', element: <TargetEditPage /> },
          { path: 'targets/:targetId/edit', element: <TargetEditPage /> },
          { path: 'contracts', element: <ContractsPage /> },
          { path: 'contracts/new', element: <ContractPage /> },
          { path: 'contracts/:contractId', element: <ContractPage /> },
          { path: 'contracts/:contractId/statements/:month', element: <StatementPage /> },
          { path: 'invoices', element: <InvoicesPage /> },
          { path: 'invoices/:invoiceId', element: <InvoicePage /> },
          { path: 'dashboards', element: <DashboardsPage /> },
          { path: 'dashboards/vendors/:vendorId', element: <VendorDashboardPage /> },
          { path: 'analysis', element: <RunsPage /> },
          { path: 'analysis/runs/:runId', element: <RunPage /> },
          { path: 'analysis/runs/:runId/practices/:ruleId', element: <PracticePage /> },
          { path: 'analysis/runs/:runId/calls/:transcriptId', element: <CallViewerPage /> },
          { path: 'analysis/libraries', element: <LibrariesPage /> },
          { path: 'analysis/libraries/:libraryId', element: <LibraryPage /> },
          { path: 'samples', element: <SamplesPage /> },
          { path: 'samples/new', element: <NewPlanPage /> },
          { path: 'samples/:planId', element: <PlanPage /> },
          { path: 'reports', element: <ReportsPage /> },
          { path: 'reports/:reportId', element: <ReportPage /> },
          { path: 'cycles', element: <CyclesPage /> },
          { path: 'cycles/:cycleId', element: <CyclePage /> },
          { path: 'admin/users', element: <UsersPage /> },
          { path: 'admin/audit', element: <AuditPage /> },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
  { path: '*', element: <NotFoundPage /> },
]);
