import { Button, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmAction } from '../../../components/ConfirmAction.tsx';
import { DataTable } from '../../../components/DataTable.tsx';
import { DateText } from '../../../components/DateText.tsx';
import { EmptyState } from '../../../components/EmptyState.tsx';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { LoadingState } from '../../../components/LoadingState.tsx';
import { useNotify } from '../../../components/notifications.tsx';
import { UserText } from '../../../components/UserText.tsx';
import { errorMessage } from '../../../lib/errors.ts';
import type { PriorityLink } from '../api.ts';
import { useAddLink, useFrameworks, useLinks, useRemoveLink } from '../hooks.ts';
import { frameworkName, isReadableCode } from '../labels.ts';
import { PriorityPicker, type PickedPriority } from './PriorityPicker.tsx';

/** One end of a link: "Framework › code title". */
function End({ framework, code, title }: { framework: string; code: string; title: string }) {
  return (
    <Stack gap={0} miw="10rem">
      <Text size="xs" c="dimmed">{framework}</Text>
      <Text size="sm">
        {isReadableCode(code) && (
          <>
            <Text span fw={600} dir="ltr">{code}</Text>{' '}
          </>
        )}
        {title}
      </Text>
    </Stack>
  );
}

/** The crosswalk of a framework: links in and out with who set each; admins add and remove links. */
export function CrosswalkLinks({ frameworkId, editable }: { frameworkId: string; editable: boolean }) {
  const { t, i18n } = useTranslation();
  const notify = useNotify();
  const links = useLinks(frameworkId);
  const frameworks = useFrameworks();
  const add = useAddLink();
  const remove = useRemoveLink();
  const [from, setFrom] = useState<PickedPriority[]>([]);
  const [to, setTo] = useState<PickedPriority[]>([]);
  const ar = i18n.language !== 'en';
  const nameOf = (code: string) => {
    const f = frameworks.data?.items.find((x) => x.code === code);
    return f ? frameworkName(f, i18n.language) : code;
  };

  async function submit(e: React.FormEvent) {
    e.preventDefault();
    if (!from[0] || !to[0]) return;
    try {
      await add.mutateAsync({ from: from[0].id, to: to[0].id });
      notify({ message: t('priorities:links.added') });
      setFrom([]);
      setTo([]);
    } catch {
      // Shown under the form.
    }
  }

  async function doRemove(l: PriorityLink) {
    try {
      await remove.mutateAsync({ from: l.fromPriorityId, to: l.toPriorityId });
      notify({ message: t('priorities:links.removed') });
    } catch (err) {
      notify({ message: errorMessage(t, err), color: 'red' });
      throw err;
    }
  }

  return (
    <Stack gap="md">
      {editable && (
        <Paper withBorder p="md">
          <Title order={3} size="h5" mb="xs">{t('priorities:links.addTitle')}</Title>
          <form onSubmit={(e) => void submit(e)} noValidate>
            <Stack gap="sm">
              <PriorityPicker multiple={false} label={t('priorities:links.from')} description={t('priorities:links.fromHint')} value={from} onChange={setFrom} />
              <PriorityPicker multiple={false} label={t('priorities:links.to')} description={t('priorities:links.toHint')} value={to} onChange={setTo} />
              <ErrorAlert error={add.error} />
              <Group>
                <Button type="submit" loading={add.isPending} disabled={!from[0] || !to[0]}>{t('priorities:links.add')}</Button>
              </Group>
            </Stack>
          </form>
        </Paper>
      )}
      {links.isPending && <LoadingState />}
      {links.isError && <ErrorAlert error={links.error} onRetry={() => void links.refetch()} />}
      {links.data?.items.length === 0 && <EmptyState title={t('priorities:links.empty')} />}
      {links.data && links.data.items.length > 0 && (
        <DataTable
          caption={t('priorities:links.caption')}
          head={[t('priorities:links.from'), t('priorities:links.to'), t('priorities:links.setBy'), ...(editable ? [<span key="a" className="visually-hidden">{t('common:actions')}</span>] : [])]}
          minWidth={720}
        >
          {links.data.items.map((l) => (
            <Table.Tr key={`${l.fromPriorityId}>${l.toPriorityId}`}>
              <Table.Td><End framework={nameOf(l.fromFramework)} code={l.fromCode} title={ar ? l.fromTitleAr : l.fromTitleEn} /></Table.Td>
              <Table.Td><End framework={nameOf(l.toFramework)} code={l.toCode} title={ar ? l.toTitleAr : l.toTitleEn} /></Table.Td>
              <Table.Td>
                {l.createdByName ? <UserText size="sm">{l.createdByName}</UserText> : <Text size="sm" c="dimmed">{t('priorities:links.referenceData')}</Text>}
                <DateText iso={l.createdAt} hijri={false} size="xs" />
              </Table.Td>
              {editable && (
                <Table.Td>
                  <ConfirmAction
                    label={t('priorities:links.remove')}
                    title={t('priorities:links.removeTitle')}
                    message={t('priorities:links.removeMessage', { from: l.fromCode, to: l.toCode })}
                    loading={remove.isPending}
                    onConfirm={() => doRemove(l)}
                  />
                </Table.Td>
              )}
            </Table.Tr>
          ))}
        </DataTable>
      )}
    </Stack>
  );
}
