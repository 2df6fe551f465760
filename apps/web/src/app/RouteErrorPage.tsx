import { Button, Container, Stack } from '@mantine/core';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useRouteError } from 'react-router';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { PageHeader } from '../components/PageHeader.tsx';

/** A lazily loaded page whose file is gone: the app was redeployed while this tab was open. */
const STALE_CHUNK = /dynamically imported module|Importing a module script failed|Failed to fetch/i;
const RELOAD_KEY = 'ataa.staleReloadAt';

/** Reloads once (at most every 30 s) so a redeploy does not strand open tabs on an error page. */
function reloadIfStale(error: unknown): void {
  if (!(error instanceof Error) || !STALE_CHUNK.test(error.message)) return;
  try {
    const last = Number(sessionStorage.getItem(RELOAD_KEY) ?? 0);
    if (Date.now() - last < 30_000) return;
    sessionStorage.setItem(RELOAD_KEY, String(Date.now()));
  } catch {
    return;
  }
  window.location.reload();
}

/** Shown when a page throws while loading or rendering: a translated message and a way home. */
export function RouteErrorPage() {
  const { t } = useTranslation();
  const error = useRouteError();
  useEffect(() => {
    console.error(error);
    reloadIfStale(error);
  }, [error]);
  return (
    <Container size="sm" py="xl" component="main">
      <Stack>
        <PageHeader title={t('common:crash.title')} />
        <ErrorAlert error={error} />
        <Button component="a" href="/" style={{ alignSelf: 'flex-start' }}>
          {t('common:nav.home')}
        </Button>
      </Stack>
    </Container>
  );
}
