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
import { AcceptInvitationPage } from './pages/auth/AcceptInvitationPage';
import { SignInPage } from './pages/auth/SignInPage';
import { NotFoundPage } from './pages/misc/NotFoundPage';
import { SiteEditPage } from './pages/sites/SiteEditPage';
import { SitesPage } from './pages/sites/SitesPage';
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
          { path: 'admin/users', element: <UsersPage /> },
          { path: 'admin/audit', element: <AuditPage /> },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
  { path: '*', element: <NotFoundPage /> },
]);
