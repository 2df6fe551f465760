import { Anchor, Button, Paper, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { EmptyState } from '../../../components/EmptyState.tsx';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { LoadingState } from '../../../components/LoadingState.tsx';
import { PageHeader } from '../../../components/PageHeader.tsx';
import { RequireAuth } from '../../identity/components/RequireAuth.tsx';
import { AttendanceInfo } from '../components/AttendanceInfo.tsx';
import { CheckInForm } from '../components/CheckInForm.tsx';
import { ShiftWhenText } from '../components/ShiftWhenText.tsx';
import { useMyShifts } from '../hooks.ts';
import { titleOf } from '../labels.ts';

function CheckIn() {
  const { t, i18n } = useTranslation();
  const { shiftId = '' } = useParams();
  const [params] = useSearchParams();
  const list = useMyShifts();
  const title = t('volunteering:checkIn.title');
  if (list.isPending) return <LoadingState />;
  if (list.isError) return <ErrorAlert error={list.error} onRetry={() => void list.refetch()} />;
  const item = list.data.items.find((s) => s.shiftId === shiftId);
  if (!item) {
    return (
      <>
        <PageHeader title={title} />
        <EmptyState
          title={t('volunteering:checkIn.notSignedUp')}
          description={t('volunteering:checkIn.notSignedUpHint')}
          action={
            <Button component={Link} to="/me/volunteering" variant="default">
              {t('volunteering:browse.myShifts')}
            </Button>
          }
        />
      </>
    );
  }
  const opportunity = titleOf(item.opportunity, i18n.language);
  return (
    <Stack gap="md" maw={640}>
      <PageHeader
        title={title}
        description={
          <Anchor component={Link} to={`/volunteer/opportunities/${item.opportunity.id}`} dir="auto" lang={opportunity.lang} size="sm">
            {opportunity.text}
          </Anchor>
        }
      />
      <Paper withBorder p="md">
        <Stack gap="md">
          <ShiftWhenText startsAt={item.startsAt} endsAt={item.endsAt} />
          {item.attendance && <AttendanceInfo attendance={item.attendance} />}
          <CheckInForm item={item} initialCode={params.get('code') ?? ''} />
        </Stack>
      </Paper>
      <Anchor component={Link} to="/me/volunteering" size="sm">
        {t('volunteering:browse.myShifts')}
      </Anchor>
    </Stack>
  );
}

/**
 * `/check-in/:shiftId?code=`: where the QR code on site leads. Signed-in volunteers confirm
 * their check-in (or check-out) with the code already filled in; others sign in first and
 * come back here with the code kept.
 */
export function CheckInPage() {
  return (
    <RequireAuth>
      <CheckIn />
    </RequireAuth>
  );
}
