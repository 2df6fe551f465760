import { Alert, Button } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNotify } from '../../../components/notifications.tsx';
import { formatNumber } from '../../../lib/format.ts';
import type { Shift } from '../api.ts';
import { useUpdateShift } from '../hooks.ts';
import { buildShiftPatch, shiftFieldCodes, shiftToValues } from '../shift-input.ts';
import { FormDialog } from './FormDialog.tsx';
import { GulfTimeNote } from './GulfTimeNote.tsx';
import { SingleShiftFields } from './ShiftFields.tsx';

/** "Edit" on a shift: its day, times and capacity; everyone signed up is told of the change. */
export function EditShiftDialog({ shift, label }: { shift: Shift; label: string }) {
  const { t, i18n } = useTranslation();
  const notify = useNotify();
  const update = useUpdateShift();
  const [opened, { open, close }] = useDisclosure(false);
  const [values, setValues] = useState(() => shiftToValues(shift));
  const [codes, setCodes] = useState<Record<string, string>>({});
  const signedUp = shift.confirmed + shift.waitlisted;

  function start() {
    setValues(shiftToValues(shift));
    setCodes({});
    update.reset();
    open();
  }

  async function submit(e: React.FormEvent) {
    e.preventDefault();
    const built = buildShiftPatch(shift, values);
    if ('codes' in built) return setCodes(built.codes);
    if (Object.keys(built.body).length === 0) return close();
    try {
      await update.mutateAsync({ id: shift.id, body: built.body });
      notify({ message: t(signedUp > 0 ? 'workspaceVolunteering:shifts.savedNotified' : 'workspaceVolunteering:shifts.saved') });
      close();
    } catch (err) {
      setCodes(shiftFieldCodes(err));
    }
  }

  return (
    <>
      <Button size="xs" variant="default" onClick={start} aria-label={label}>
        {t('workspaceVolunteering:shifts.edit')}
      </Button>
      <FormDialog opened={opened} onClose={close} title={t('workspaceVolunteering:shifts.editTitle')} onSubmit={submit} error={update.error} pending={update.isPending} submitLabel={t('common:save')}>
        {signedUp > 0 && (
          <Alert color="yellow" variant="light" data-testid="edit-notifies">
            {t('workspaceVolunteering:shifts.editWarning', { count: signedUp, formatted: formatNumber(signedUp, i18n.language) })}
          </Alert>
        )}
        <GulfTimeNote />
        <SingleShiftFields values={values} set={(p) => setValues((v) => ({ ...v, ...p }))} codes={codes} />
      </FormDialog>
    </>
  );
}
