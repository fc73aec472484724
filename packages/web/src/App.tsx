import { MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { RouterProvider } from 'react-router';
import { isApiError, setUnauthenticatedHandler } from './api/client';
import { router } from './router';
import { theme } from './theme';

const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      staleTime: 30_000,
      refetchOnWindowFocus: false,
      // a 4xx will not change by asking again
      retry: (failureCount, error) =>
        !(isApiError(error) && error.status >= 400 && error.status < 500) && failureCount < 2,
    },
  },
});

/** Any 401 (session expired, signed out elsewhere) leads to the sign-in page, then back here. */
setUnauthenticatedHandler(() => {
  const { pathname, search } = window.location;
  if (pathname === '/sign-in' || pathname.startsWith('/invite/')) return;
  queryClient.clear();
  const next = `${pathname}${search}`;
  void router.navigate(`/sign-in${next && next !== '/' ? `?next=${encodeURIComponent(next)}` : ''}`, {
    replace: true,
  });
});

export function App() {
  return (
    <MantineProvider theme={theme} defaultColorScheme="light">
      <Notifications position="top-right" />
      <QueryClientProvider client={queryClient}>
        <RouterProvider router={router} />
      </QueryClientProvider>
    </MantineProvider>
  );
}
