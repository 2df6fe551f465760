import { SegmentedControl, Stack } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormActions } from '../../../components/FormActions.tsx';
import { useNotify } from '../../../components/notifications.tsx';
import { formatNumber } from '../../../lib/format.ts';
import { useCheckedSubmit } from '../checked-submit.ts';
import { useAddShifts } from '../hooks.ts';
import { buildSingleShift, buildWeeklyShifts, shiftFieldCodes, type SingleShiftValues, type WeeklyShiftValues } from '../shift-input.ts';
import { GulfTimeNote } from './GulfTimeNote.tsx';
import { SingleShiftFields, WeeklyShiftFields } from './ShiftFields.tsx';

const SINGLE: SingleShiftValues = { date: '', startTime: '', endTime: '', capacity: '' };
const WEEKLY: WeeklyShiftValues = { weekdays: [], from: '', until: '', startTime: '', endTime: '', capacity: '' };

/** Adds one shift, or a weekly series of shifts, to an opportunity. */
export function AddShifts({ opportunityId, onDone }: { opportunityId: string; onDone: () => void }) {
  const { t, i18n } = useTranslation();
  const notify = useNotify();
  const add = useAddShifts(opportunityId);
  const [mode, setMode] = useState<'single' | 'weekly'>('single');
  const [single, setSingle] = useState(SINGLE);
  const [weekly, setWeekly] = useState(WEEKLY);
  const { codes, setCodes, submit } = useCheckedSubmit(
    () => (mode === 'single' ? buildSingleShift(single) : buildWeeklyShifts(weekly)),
    async (body) => {
      const done = await add.mutateAsync(body);
      const n = done?.items?.length ?? 1;
      notify({ message: t('workspaceVolunteering:shiftForm.added', { count: n, formatted: formatNumber(n, i18n.language) }) });
      setSingle(SINGLE);
      setWeekly(WEEKLY);
      onDone();
    },
    shiftFieldCodes,
  );

  return (
    <form onSubmit={(e) => void submit(e)} noValidate aria-label={t('workspaceVolunteering:shiftForm.title')}>
      <Stack gap="sm">
        <SegmentedControl
          value={mode}
          onChange={(v) => {
            setMode(v as 'single' | 'weekly');
            setCodes({});
          }}
          data={[
            { value: 'single', label: t('workspaceVolunteering:shiftForm.single') },
            { value: 'weekly', label: t('workspaceVolunteering:shiftForm.weekly') },
          ]}
          aria-label={t('workspaceVolunteering:shiftForm.mode')}
          style={{ alignSelf: 'flex-start' }}
        />
        <GulfTimeNote />
        {mode === 'single' ? (
          <SingleShiftFields values={single} set={(p) => setSingle((v) => ({ ...v, ...p }))} codes={codes} />
        ) : (
          <WeeklyShiftFields values={weekly} set={(p) => setWeekly((v) => ({ ...v, ...p }))} codes={codes} />
        )}
        <FormActions
          error={add.error}
          pending={add.isPending}
          submitLabel={mode === 'single' ? t('workspaceVolunteering:shiftForm.submitSingle') : t('workspaceVolunteering:shiftForm.submitWeekly')}
          onCancel={onDone}
        />
      </Stack>
    </form>
  );
}
