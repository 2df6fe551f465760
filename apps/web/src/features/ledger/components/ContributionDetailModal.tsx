import { Group, Modal, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { LoadingState } from '../../../components/LoadingState.tsx';
import { UserText } from '../../../components/UserText.tsx';
import { ContributionActions } from '../../contributions/components/ContributionActions.tsx';
import { ContributionItem } from '../../contributions/components/ContributionItem.tsx';
import { useContribution } from '../../contributions/hooks.ts';

/** One contribution (from a ledger entry), with the auditor's "verify" when it is confirmed. */
export function ContributionDetailModal({ id, onClose }: { id: string | null; onClose: () => void }) {
  const { t } = useTranslation();
  const c = useContribution(id);
  return (
    <Modal.Root opened={Boolean(id)} onClose={onClose} centered size="lg">
      <Modal.Overlay />
      <Modal.Content>
        <Modal.Header {...{ component: 'div' }}>
          <Modal.Title>{t('ledger:contribution.title')}</Modal.Title>
          <Modal.CloseButton aria-label={t('common:close')} />
        </Modal.Header>
        <Modal.Body>
          {c.isPending && <LoadingState />}
          {c.isError && <ErrorAlert error={c.error} onRetry={() => void c.refetch()} />}
          {c.data && (
            <Stack gap="sm">
              <Stack component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
                <ContributionItem contribution={c.data} perspective="given" />
              </Stack>
              {c.data.evidenceNote && (
                <Text size="sm">
                  {t('ledger:contribution.evidence')} <UserText>{c.data.evidenceNote}</UserText>
                </Text>
              )}
              <Group gap="xs">
                <ContributionActions contribution={c.data} finance={false} auditor />
              </Group>
            </Stack>
          )}
        </Modal.Body>
      </Modal.Content>
    </Modal.Root>
  );
}
