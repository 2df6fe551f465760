import { DirectionProvider, MantineProvider } from '@mantine/core';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { RouterProvider } from 'react-router/dom';
import { NotificationsProvider } from '../components/notifications.tsx';
import { ApiError } from '../lib/api.ts';
import { directionOf } from '../lib/locale.ts';
import { router } from './router.tsx';
import { cssVariablesResolver, theme } from './theme.ts';

const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      // Client errors (401, 403, 404, 400) will not change on retry; network and 5xx may.
      retry: (count, error) => count < 2 && !(error instanceof ApiError && error.status >= 400 && error.status < 500),
      refetchOnWindowFocus: false,
    },
  },
});

/** Providers (data, direction, theme, notices) around the router. */
export function App({ locale }: { locale: string }) {
  return (
    <QueryClientProvider client={queryClient}>
      <DirectionProvider initialDirection={directionOf(locale)}>
        <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver} defaultColorScheme="light">
          <NotificationsProvider>
            <RouterProvider router={router} />
          </NotificationsProvider>
        </MantineProvider>
      </DirectionProvider>
    </QueryClientProvider>
  );
}
