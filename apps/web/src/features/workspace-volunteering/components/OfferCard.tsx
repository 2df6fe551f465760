import { Badge, Button, Group, Paper, Stack, Text, Textarea } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNotify } from '../../../components/notifications.tsx';
import { UserText } from '../../../components/UserText.tsx';
import { fieldCodesOf } from '../../../lib/errors.ts';
import { fieldMessage } from '../../../lib/field-errors.ts';
import { formatNumber } from '../../../lib/format.ts';
import type { ExpertiseOffer } from '../api-knowledge.ts';
import { useAcceptOffer, useDeclineOffer } from '../hooks-knowledge.ts';
import { useSkills } from '../hooks.ts';
import { skillLabel } from '../labels.ts';
import { FormDialog } from './FormDialog.tsx';
import { ReasonAction } from './ReasonAction.tsx';

const COLORS: Record<ExpertiseOffer['status'], string> = { offered: 'blue', accepted: 'green', declined: 'gray', withdrawn: 'gray' };

/** "Accept": agree the scope and deliverables with the expert; an engagement starts. */
function AcceptDialog({ offer, name }: { offer: ExpertiseOffer; name: string }) {
  const { t } = useTranslation();
  const notify = useNotify();
  const accept = useAcceptOffer();
  const [opened, { open, close }] = useDisclosure(false);
  const [scope, setScope] = useState('');
  const [deliverables, setDeliverables] = useState('');
  const [codes, setCodes] = useState<Record<string, string>>({});
  const error = (n: string) => (codes[n] ? fieldMessage(t, codes[n]) : undefined);

  async function submit(e: React.FormEvent) {
    e.preventDefault();
    const next: Record<string, string> = {};
    if (!scope.trim()) next.scope = 'validation.required';
    if (!deliverables.trim()) next.deliverables = 'validation.required';
    setCodes(next);
    if (Object.keys(next).length) return;
    try {
      await accept.mutateAsync({ id: offer.id, scope: scope.trim(), deliverables: deliverables.trim() });
      notify({ message: t('workspaceVolunteering:expertise.accepted', { name }) });
      close();
    } catch (err) {
      setCodes(fieldCodesOf(err));
    }
  }

  return (
    <>
      <Button size="xs" onClick={open} aria-label={`${t('workspaceVolunteering:expertise.accept')} — ${name}`}>
        {t('workspaceVolunteering:expertise.accept')}
      </Button>
      <FormDialog opened={opened} onClose={close} title={t('workspaceVolunteering:expertise.acceptTitle', { name })} onSubmit={submit} error={accept.error} pending={accept.isPending} submitLabel={t('workspaceVolunteering:expertise.acceptSubmit')}>
        <Text size="sm">{t('workspaceVolunteering:expertise.acceptExplain')}</Text>
        <Textarea label={t('workspaceVolunteering:expertise.scope')} description={t('workspaceVolunteering:expertise.scopeHint')} required dir="auto" autosize minRows={3} maxLength={4000} value={scope} onChange={(e) => setScope(e.currentTarget.value)} error={error('scope')} />
        <Textarea label={t('workspaceVolunteering:expertise.deliverables')} description={t('workspaceVolunteering:expertise.deliverablesHint')} required dir="auto" autosize minRows={3} maxLength={4000} value={deliverables} onChange={(e) => setDeliverables(e.currentTarget.value)} error={error('deliverables')} />
      </FormDialog>
    </>
  );
}

/** One expert's offer on a need: who, skills, proposal, estimate; managers accept or decline. */
export function OfferCard({ offer, manage }: { offer: ExpertiseOffer; manage: boolean }) {
  const { t, i18n } = useTranslation();
  const notify = useNotify();
  const decline = useDeclineOffer();
  const skills = useSkills();
  const name = offer.expert.displayName ?? t('workspaceVolunteering:someone');
  return (
    <Paper withBorder p="sm" component="li" data-testid="offer">
      <Stack gap="xs">
        <Group justify="space-between" gap="xs">
          <Text fw={600} dir="auto">
            {name}
          </Text>
          <Badge variant="light" color={COLORS[offer.status] ?? 'gray'}>
            {t(`workspaceVolunteering:offerStatus.${offer.status}`)}
          </Badge>
        </Group>
        {offer.expert.skills && offer.expert.skills.length > 0 && (
          <Group gap={4}>
            {offer.expert.skills.map((s) => {
              const l = skillLabel(s, skills.data?.items, i18n.language);
              return (
                <Badge key={s} variant="light" color="gray" tt="none" lang={l.lang} dir="auto">
                  {l.text}
                </Badge>
              );
            })}
          </Group>
        )}
        <UserText component="p" size="sm" m={0} style={{ whiteSpace: 'pre-line' }}>
          {offer.proposal}
        </UserText>
        {offer.estimatedHours !== null && (
          <Text size="xs" c="dimmed">
            {t('workspaceVolunteering:expertise.estimate', { count: offer.estimatedHours, formatted: formatNumber(offer.estimatedHours, i18n.language) })}
          </Text>
        )}
        {manage && offer.status === 'offered' && (
          <Group gap="xs">
            <AcceptDialog offer={offer} name={name} />
            <ReasonAction
              label={t('workspaceVolunteering:expertise.decline')}
              title={t('workspaceVolunteering:expertise.declineTitle', { name })}
              message={t('workspaceVolunteering:expertise.declineMessage')}
              confirmLabel={t('workspaceVolunteering:expertise.declineConfirm')}
              reasonLabel={t('workspaceVolunteering:expertise.declineReason')}
              pending={decline.isPending}
              error={decline.error}
              onConfirm={async (reason) => {
                await decline.mutateAsync({ id: offer.id, reason: reason || undefined });
                notify({ message: t('workspaceVolunteering:expertise.declined', { name }) });
              }}
            />
          </Group>
        )}
      </Stack>
    </Paper>
  );
}
