import { Badge, Card, Group, Stack, Text, Textarea, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmAction } from '../../../components/ConfirmAction.tsx';
import { DateText } from '../../../components/DateText.tsx';
import { StatusBadge } from '../../../components/StatusBadge.tsx';
import { UserText } from '../../../components/UserText.tsx';
import { LIMITS } from '../../../../../../packages/shared/src/validation.ts';
import type { Organisation } from '../../organisations/api.ts';

/** Props of {@link ReviewCard}. */
export interface ReviewCardProps {
  org: Organisation;
  canDecide: boolean;
  busy: boolean;
  onDecide: (decision: 'verify' | 'reject', reason?: string) => Promise<void>;
}

/** An organisation awaiting review, with both names and descriptions and verify / reject. */
export function ReviewCard({ org, canDecide, busy, onDecide }: ReviewCardProps) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  return (
    <Card withBorder component="article">
      <Stack gap="xs">
        <Group justify="space-between" align="flex-start">
          <Stack gap={0}>
            <Title order={3} size="h4" lang={org.nameAr ? 'ar' : 'en'} dir="auto">
              {org.nameAr ?? org.nameEn}
            </Title>
            {org.nameAr && org.nameEn && (
              <UserText component="p" size="sm" lang="en">
                {org.nameEn}
              </UserText>
            )}
          </Stack>
          <StatusBadge status={org.status} />
        </Group>
        <Group gap="xs">
          <Badge variant="light" color="ataa">{t(`enums:organisationType.${org.type}`)}</Badge>
          <Text size="sm">{t(`enums:emirate.${org.emirate}`)}</Text>
          {org.website && (
            <Text size="sm" dir="ltr">
              {org.website}
            </Text>
          )}
        </Group>
        {org.descriptionAr && <UserText component="p" size="sm" lang="ar" lineClamp={4}>{org.descriptionAr}</UserText>}
        {org.descriptionEn && <UserText component="p" size="sm" lang="en" lineClamp={4}>{org.descriptionEn}</UserText>}
        <div>
          <Text size="xs" c="dimmed">
            {t('admin:approvals.submitted')}
          </Text>
          <DateText iso={org.createdAt} size="xs" />
        </div>
        {canDecide && org.status === 'pending' && (
          <Group gap="xs" mt="xs">
            <ConfirmAction
              color="ataa"
              variant="filled"
              size="sm"
              label={t('admin:approvals.verify')}
              title={t('admin:approvals.verifyTitle')}
              message={t('admin:approvals.verifyMessage')}
              loading={busy}
              onConfirm={() => onDecide('verify')}
            />
            <ConfirmAction
              size="sm"
              label={t('admin:approvals.reject')}
              title={t('admin:approvals.rejectTitle')}
              message={t('admin:approvals.rejectMessage')}
              loading={busy}
              confirmDisabled={!reason.trim()}
              onConfirm={() => onDecide('reject', reason.trim())}
            >
              <Textarea
                label={t('admin:approvals.reason')}
                description={t('admin:approvals.reasonHint')}
                required
                value={reason}
                maxLength={LIMITS.shortTextMax}
                onChange={(e) => setReason(e.currentTarget.value)}
                dir="auto"
                autosize
                minRows={3}
              />
            </ConfirmAction>
          </Group>
        )}
      </Stack>
    </Card>
  );
}
