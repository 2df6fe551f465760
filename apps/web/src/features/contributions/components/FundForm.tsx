import { Button, Checkbox, Group, NativeSelect, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { useNotify } from '../../../components/notifications.tsx';
import { fieldMessage } from '../../../lib/field-errors.ts';
import { useForm } from '../../../lib/form.ts';
import { GIVING_DESIGNATIONS, type GivingDesignation } from '../../../../../../packages/shared/src/enums.ts';
import { nameSchema, textSchema } from '../../../../../../packages/shared/src/validation.ts';
import { useOrganisations } from '../../organisations/hooks.ts';
import type { Fund } from '../api.ts';
import { useCreateFund, useUpdateFund } from '../hooks.ts';
import { nameOf } from '../labels.ts';

/** Blank counts as "no description" (null, so an edit can clear it). */
const description = z.preprocess((v) => (typeof v === 'string' && v.trim() === '' ? null : v), textSchema(4000).nullable());

const editSchema = z.object({
  nameAr: nameSchema(160),
  nameEn: nameSchema(160),
  descriptionAr: description,
  descriptionEn: description,
  designations: z.array(z.enum(GIVING_DESIGNATIONS)).min(1, { message: 'validation.none_chosen' }),
});

const createSchema = editSchema.extend({
  code: z.string().trim().min(2, { message: 'validation.too_short' }).max(40, { message: 'validation.too_long' }).regex(/^[a-z0-9_-]+$/, { message: 'validation.invalid_code' }),
  managingOrganisationId: z.string().min(1, { message: 'validation.required' }),
});

/** Opens a fund (`fund` absent) or edits one: names, descriptions, designations. */
export function FundForm({ fund, onDone }: { fund?: Fund; onDone: () => void }) {
  const { t, i18n } = useTranslation();
  const notify = useNotify();
  const create = useCreateFund();
  const update = useUpdateFund();
  const orgs = useOrganisations({ page: 1, pageSize: 100 });
  const form = useForm({
    code: fund?.code ?? '',
    managingOrganisationId: fund?.managingOrganisation.id ?? '',
    nameAr: fund?.nameAr ?? '',
    nameEn: fund?.nameEn ?? '',
    descriptionAr: fund?.descriptionAr ?? '',
    descriptionEn: fund?.descriptionEn ?? '',
    designations: (fund?.designations ?? ['general']) as GivingDesignation[],
  });
  const mutation = fund ? update : create;

  async function submit(e: React.FormEvent) {
    e.preventDefault();
    try {
      if (fund) {
        const values = form.validate(editSchema);
        if (!values) return;
        await update.mutateAsync({ id: fund.id, body: values });
        notify({ message: t('contributions:funds.console.saved') });
      } else {
        const values = form.validate(createSchema);
        if (!values) return;
        await create.mutateAsync(values);
        notify({ message: t('contributions:funds.console.created') });
      }
      onDone();
    } catch (err) {
      form.showServerErrors(err);
    }
  }

  const orgOptions = (orgs.data?.items ?? []).map((o) => ({ value: o.id, label: nameOf(o, i18n.language).text }));
  return (
    <form onSubmit={(e) => void submit(e)} noValidate aria-label={fund ? t('contributions:funds.console.edit') : t('contributions:funds.console.new')}>
      <Stack>
        {!fund && (
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput label={t('contributions:funds.console.code')} description={t('contributions:funds.console.codeHint')} required dir="ltr" maxLength={40} {...form.text('code')} />
            <NativeSelect
              label={t('contributions:funds.console.organisation')}
              required
              disabled={orgs.isPending}
              data={[{ value: '', label: t('common:choose'), disabled: true }, ...orgOptions]}
              {...form.text('managingOrganisationId')}
            />
          </SimpleGrid>
        )}
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput label={t('contributions:funds.console.nameAr')} required dir="rtl" lang="ar" maxLength={160} {...form.text('nameAr')} />
          <TextInput label={t('contributions:funds.console.nameEn')} required dir="ltr" lang="en" maxLength={160} {...form.text('nameEn')} />
          <Textarea label={t('contributions:funds.console.descriptionAr')} dir="rtl" lang="ar" autosize minRows={2} maxLength={4000} {...form.text('descriptionAr')} />
          <Textarea label={t('contributions:funds.console.descriptionEn')} dir="ltr" lang="en" autosize minRows={2} maxLength={4000} {...form.text('descriptionEn')} />
        </SimpleGrid>
        <Checkbox.Group
          label={t('contributions:funds.console.designations')}
          required
          value={form.values.designations}
          onChange={(v) => form.setValue('designations', v as GivingDesignation[])}
          error={form.codes.designations ? fieldMessage(t, form.codes.designations) : undefined}
        >
          <Group gap="md" mt="xs">
            {GIVING_DESIGNATIONS.map((d) => (
              <Checkbox key={d} value={d} label={t(`contributions:designation.${d}`)} />
            ))}
          </Group>
        </Checkbox.Group>
        <ErrorAlert error={mutation.error} />
        <Group>
          <Button type="submit" loading={mutation.isPending}>
            {fund ? t('common:save') : t('contributions:funds.console.create')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
