import { Button } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { EmptyState } from '../components/EmptyState.tsx';
import { PageHeader } from '../components/PageHeader.tsx';

/** Any path the app does not know. */
export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('common:notFound.title')} />
      <EmptyState
        title={t('common:notFound.title')}
        description={t('common:notFound.description')}
        action={
          <Button component={Link} to="/">
            {t('common:nav.home')}
          </Button>
        }
      />
    </>
  );
}
