import { Alert, Group, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmAction } from '../../../components/ConfirmAction.tsx';
import { useNotify } from '../../../components/notifications.tsx';
import { UserText } from '../../../components/UserText.tsx';
import { errorMessage } from '../../../lib/errors.ts';
import type { Initiative } from '../api.ts';
import { useTransition } from '../hooks.ts';

/** A reviewer's decision on a submitted initiative: approve, or return it with a required comment. */
export function ReviewPanel({ initiative: i, canDecide }: { initiative: Initiative; canDecide: boolean }) {
  const { t } = useTranslation();
  const notify = useNotify();
  const transition = useTransition(i.id);
  const [comment, setComment] = useState('');

  async function decide(action: 'approve' | 'return') {
    try {
      await transition.mutateAsync({ action, comment: comment.trim() || undefined });
      notify({ message: t(`initiatives:review.done.${action}`) });
      setComment('');
    } catch (err) {
      notify({ message: errorMessage(t, err), color: 'red' });
      throw err;
    }
  }

  return (
    <Paper withBorder p="md">
      <Stack gap="sm">
        <Title order={2} size="h4">{t('initiatives:review.decision')}</Title>
        {i.resumeStatus && <Alert color="yellow" variant="light">{t('initiatives:review.materialChange', { status: t(`enums:initiativeStatus.${i.resumeStatus}`) })}</Alert>}
        {i.reviewComment && (
          <Text size="sm">
            {t('initiatives:review.lastComment')} <UserText>{i.reviewComment}</UserText>
          </Text>
        )}
        {i.status !== 'submitted' ? (
          <Text size="sm" c="dimmed">{t('initiatives:review.notWaiting')}</Text>
        ) : !canDecide ? (
          <Text size="sm" c="dimmed">{t('initiatives:review.readOnly')}</Text>
        ) : (
          <Group gap="xs">
            <ConfirmAction
              color="ataa"
              variant="filled"
              size="sm"
              label={t('initiatives:review.approve')}
              title={t('initiatives:review.approveTitle')}
              message={t('initiatives:review.approveMessage')}
              loading={transition.isPending}
              onConfirm={() => decide('approve')}
            >
              <Textarea label={t('initiatives:review.commentOptional')} value={comment} onChange={(e) => setComment(e.currentTarget.value)} dir="auto" autosize minRows={2} maxLength={2000} />
            </ConfirmAction>
            <ConfirmAction
              size="sm"
              label={t('initiatives:review.return')}
              title={t('initiatives:review.returnTitle')}
              message={t('initiatives:review.returnMessage')}
              loading={transition.isPending}
              confirmDisabled={!comment.trim()}
              onConfirm={() => decide('return')}
            >
              <Textarea label={t('initiatives:review.comment')} description={t('initiatives:review.commentHint')} required value={comment} onChange={(e) => setComment(e.currentTarget.value)} dir="auto" autosize minRows={3} maxLength={2000} />
            </ConfirmAction>
          </Group>
        )}
      </Stack>
    </Paper>
  );
}
