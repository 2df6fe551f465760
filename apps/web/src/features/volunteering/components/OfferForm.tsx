import { Alert, Anchor, Button, Group, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ConfirmAction } from '../../../components/ConfirmAction.tsx';
import { FormActions } from '../../../components/FormActions.tsx';
import { useNotify } from '../../../components/notifications.tsx';
import { errorMessage, fieldCodesOf } from '../../../lib/errors.ts';
import { fieldMessage } from '../../../lib/field-errors.ts';
import { parseWhole } from '../../../lib/money.ts';
import type { Offer } from '../api-knowledge.ts';
import { useCreateOffer, useWithdrawOffer } from '../hooks.ts';

/** The longest proposal accepted (a few paragraphs). */
const PROPOSAL_MAX = 4000;

/** After sending: what happens next, and a way to take the offer back while it is open. */
function Sent({ offer, onClose }: { offer: Offer; onClose: () => void }) {
  const { t } = useTranslation();
  const notify = useNotify();
  const withdraw = useWithdrawOffer();
  const [withdrawn, setWithdrawn] = useState(false);
  async function takeBack() {
    try {
      await withdraw.mutateAsync(offer.id);
      setWithdrawn(true);
      notify({ message: t('volunteering:offer.withdrawn') });
    } catch (err) {
      notify({ message: errorMessage(t, err), color: 'red' });
      throw err;
    }
  }
  return (
    <Alert color="green" variant="light" title={withdrawn ? t('volunteering:offer.withdrawn') : t('volunteering:offer.sentTitle')} data-testid="offer-sent">
      <Stack gap="xs">
        {!withdrawn && <Text size="sm">{t('volunteering:offer.sentText')}</Text>}
        <Group gap="sm">
          {!withdrawn && (
            <ConfirmAction label={t('volunteering:offer.withdraw')} title={t('volunteering:offer.withdrawTitle')} message={t('volunteering:offer.withdrawMessage')} loading={withdraw.isPending} onConfirm={takeBack} />
          )}
          <Anchor component={Link} to="/me/engagements" size="sm">
            {t('volunteering:nav.engagements')}
          </Anchor>
          <Button size="xs" variant="default" onClick={onClose}>
            {t('common:close')}
          </Button>
        </Group>
      </Stack>
    </Alert>
  );
}

/** "Offer my expertise" for one need: a proposal and, optionally, the hours I expect it to take. */
export function OfferForm({ needId, onClose }: { needId: string; onClose: () => void }) {
  const { t } = useTranslation();
  const create = useCreateOffer();
  const [proposal, setProposal] = useState('');
  const [hours, setHours] = useState('');
  const [errors, setErrors] = useState<{ proposal?: string; hours?: string }>({});
  const server = fieldCodesOf(create.error);

  async function submit(e: React.FormEvent) {
    e.preventDefault();
    const estimatedHours = hours.trim() ? parseWhole(hours) : undefined;
    const next = {
      proposal: proposal.trim() ? undefined : fieldMessage(t, 'validation.required'),
      hours: estimatedHours === null ? fieldMessage(t, 'validation.not_whole') : undefined,
    };
    setErrors(next);
    if (next.proposal || next.hours) return;
    try {
      await create.mutateAsync({ needId, proposal: proposal.trim(), estimatedHours: estimatedHours ?? undefined });
    } catch {
      // Shown in the form.
    }
  }

  if (create.data) return <Sent offer={create.data} onClose={onClose} />;
  return (
    <form onSubmit={(e) => void submit(e)} noValidate aria-label={t('volunteering:offer.formLabel')}>
      <Stack gap="sm">
        <Textarea
          label={t('volunteering:offer.proposal')}
          description={t('volunteering:offer.proposalHint')}
          value={proposal}
          onChange={(e) => setProposal(e.currentTarget.value)}
          required
          maxLength={PROPOSAL_MAX}
          autosize
          minRows={4}
          dir="auto"
          autoFocus
          error={errors.proposal ?? (server.proposal ? fieldMessage(t, server.proposal) : undefined)}
        />
        <TextInput
          label={t('volunteering:offer.hours')}
          description={t('volunteering:offer.hoursHint')}
          value={hours}
          onChange={(e) => setHours(e.currentTarget.value)}
          inputMode="numeric"
          dir="ltr"
          maw={200}
          error={errors.hours ?? (server.estimatedHours ? fieldMessage(t, server.estimatedHours) : undefined)}
        />
        <FormActions error={create.error} pending={create.isPending} submitLabel={t('volunteering:offer.submit')} onCancel={onClose} gap="xs" />
      </Stack>
    </form>
  );
}
