import { Button, Collapse, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmAction } from '../../../components/ConfirmAction.tsx';
import { useNotify } from '../../../components/notifications.tsx';
import { errorMessage } from '../../../lib/errors.ts';
import type { Initiative, Need } from '../api.ts';
import { useDeleteNeed, useUpdateNeed } from '../hooks.ts';
import { NeedCard } from './NeedCard.tsx';
import { NeedEditDialog } from './NeedEditDialog.tsx';
import { NeedForm } from './NeedForm.tsx';

/**
 * The needs of an initiative for its managers: add one of any kind, edit texts, close or reopen,
 * and delete while the initiative is still a draft (or returned).
 */
export function NeedsEditor({ initiative, editable }: { initiative: Initiative; editable: boolean }) {
  const { t } = useTranslation();
  const notify = useNotify();
  const [adding, addToggle] = useDisclosure(initiative.needs.length === 0 && editable);
  const [editing, setEditing] = useState<Need | null>(null);
  const update = useUpdateNeed(initiative.id);
  const remove = useDeleteNeed(initiative.id);
  const deletable = initiative.status === 'draft' || initiative.status === 'returned';

  async function run(action: () => Promise<unknown>, message: string) {
    try {
      await action();
      notify({ message });
    } catch (err) {
      notify({ message: errorMessage(t, err), color: 'red' });
      throw err;
    }
  }

  const actions = (n: Need) => (
    <>
      <Button variant="default" size="xs" onClick={() => setEditing(n)}>{t('initiatives:needs.edit')}</Button>
      {n.status === 'open' ? (
        <ConfirmAction
          label={t('initiatives:needs.close')}
          title={t('initiatives:needs.closeTitle')}
          message={t('initiatives:needs.closeMessage')}
          loading={update.isPending}
          onConfirm={() => run(() => update.mutateAsync({ needId: n.id, status: 'closed' }), t('initiatives:needs.closed'))}
        />
      ) : (
        <Button variant="light" size="xs" loading={update.isPending} onClick={() => void run(() => update.mutateAsync({ needId: n.id, status: 'open' }), t('initiatives:needs.reopened')).catch(() => {})}>
          {t('initiatives:needs.reopen')}
        </Button>
      )}
      {deletable && (
        <ConfirmAction
          label={t('initiatives:needs.delete')}
          title={t('initiatives:needs.deleteTitle')}
          message={t('initiatives:needs.deleteMessage')}
          loading={remove.isPending}
          onConfirm={() => run(() => remove.mutateAsync(n.id), t('initiatives:needs.deleted'))}
        />
      )}
    </>
  );

  const needs = [...initiative.needs].sort((a, b) => a.priorityOrder - b.priorityOrder);
  return (
    <Stack gap="md">
      <Group justify="space-between">
        <Title order={3} size="h4">{t('initiatives:needs.title')}</Title>
        {editable && !adding && <Button onClick={addToggle.open}>{t('initiatives:needs.addNeed')}</Button>}
      </Group>
      {editable && (
        <Collapse expanded={adding}>
          <Paper withBorder p="md">
            <Title order={4} size="h5" mb="sm">{t('initiatives:needs.addNeed')}</Title>
            {adding && <NeedForm initiativeId={initiative.id} onDone={addToggle.close} />}
          </Paper>
        </Collapse>
      )}
      {needs.length === 0 ? (
        <Text c="dimmed" size="sm">{t('initiatives:needs.empty')}</Text>
      ) : (
        <SimpleGrid cols={{ base: 1, md: 2 }}>
          {needs.map((n) => <NeedCard key={n.id} need={n} headingOrder={4} actions={editable ? actions(n) : undefined} />)}
        </SimpleGrid>
      )}
      <NeedEditDialog initiativeId={initiative.id} need={editing} onClose={() => setEditing(null)} />
    </Stack>
  );
}
