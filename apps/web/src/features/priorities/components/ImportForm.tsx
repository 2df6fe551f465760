import { Alert, Anchor, Button, FileInput, Group, List, NativeSelect, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { ApiError } from '../../../lib/api.ts';
import { fieldMessage } from '../../../lib/field-errors.ts';
import { useForm } from '../../../lib/form.ts';
import { FRAMEWORK_LEVELS } from '../../../../../../packages/shared/src/enums.ts';
import type { ImportBody } from '../api.ts';
import { useImportFramework } from '../hooks.ts';
import { frameworkFormSchema } from '../schema.ts';

/** The API accepts request bodies up to 256 KB; leave room for the JSON around the file. */
const MAX_FILE_BYTES = 240 * 1024;

/**
 * Imports a framework from a `.json` file (the export format) or a `.csv` file (one priority a
 * row: code, parent_code, title_ar, title_en, short_ar, short_en) with the framework's details
 * typed in. Shows how many priorities were added and updated, or each problem found.
 */
export function ImportForm() {
  const { t } = useTranslation();
  const run = useImportFramework();
  const [file, setFile] = useState<File | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const form = useForm({ code: '', level: '', nameAr: '', nameEn: '', source: '', sourceUrl: '', licence: '' });
  const isCsv = Boolean(file && /\.csv$/i.test(file.name));

  function choose(f: File | null) {
    setFile(f);
    setFileError(null);
    run.reset();
    if (f && /\.csv$/i.test(f.name) && !form.values.code) form.setValue('code', f.name.replace(/\.csv$/i, '').replace(/[^\p{L}\p{N}._-]/gu, '_'));
  }

  async function submit(e: React.FormEvent) {
    e.preventDefault();
    setFileError(null);
    if (!file) return setFileError(t('priorities:import.chooseFile'));
    if (!/\.(json|csv)$/i.test(file.name)) return setFileError(t('priorities:import.wrongType'));
    if (file.size > MAX_FILE_BYTES) return setFileError(t('priorities:import.tooLarge'));
    const text = await file.text();
    let body: ImportBody;
    if (isCsv) {
      const meta = form.validate(frameworkFormSchema);
      if (!meta) return;
      body = { format: 'csv', code: meta.code, level: meta.level, nameAr: meta.nameAr, nameEn: meta.nameEn, source: meta.source ?? null, csv: text };
    } else {
      let framework: Record<string, unknown>;
      try {
        framework = JSON.parse(text) as Record<string, unknown>;
      } catch {
        return setFileError(t('priorities:import.badJson'));
      }
      body = { format: 'json', framework };
    }
    try {
      await run.mutateAsync(body);
    } catch {
      // Shown below with each problem.
    }
  }

  const problems = run.error instanceof ApiError ? run.error.fields : [];
  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <Stack>
        <FileInput
          label={t('priorities:import.file')}
          description={t('priorities:import.fileHint')}
          accept=".json,.csv,application/json,text/csv"
          value={file}
          onChange={choose}
          clearable
          clearButtonProps={{ 'aria-label': t('priorities:import.clearFile') }}
          error={fileError}
        />
        {isCsv && (
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput label={t('priorities:fields.code')} required dir="ltr" {...form.text('code')} />
            <NativeSelect
              label={t('priorities:fields.level')}
              required
              data={[{ value: '', label: t('common:choose'), disabled: true }, ...FRAMEWORK_LEVELS.map((l) => ({ value: l, label: t(`enums:frameworkLevel.${l}`) }))]}
              {...form.text('level')}
            />
            <TextInput label={t('priorities:fields.nameAr')} required dir="rtl" lang="ar" {...form.text('nameAr')} />
            <TextInput label={t('priorities:fields.nameEn')} required dir="ltr" lang="en" {...form.text('nameEn')} />
            <TextInput label={t('priorities:fields.source')} dir="auto" {...form.text('source')} />
          </SimpleGrid>
        )}
        <Group>
          <Button type="submit" loading={run.isPending}>
            {t('priorities:import.submit')}
          </Button>
        </Group>
        {run.data && (
          <Alert color="green" variant="light" role="status" title={t('priorities:import.done')}>
            <Text size="sm">{t('priorities:import.counts', { added: run.data.added, updated: run.data.updated })}</Text>
            {run.data.linksAdded > 0 && <Text size="sm">{t('priorities:import.linksAdded', { count: run.data.linksAdded })}</Text>}
            <Anchor component={Link} to={`/console/frameworks/${run.data.frameworkId}`} size="sm">
              {t('priorities:import.open')}
            </Anchor>
          </Alert>
        )}
        <ErrorAlert error={run.error} />
        {problems.length > 0 && (
          <List size="sm" aria-label={t('priorities:import.problems')}>
            {problems.slice(0, 50).map((p, i) => (
              <List.Item key={i}>
                <Text span size="sm" fw={600} dir="ltr">{p.path}</Text>: {fieldMessage(t, p.code)}{' '}
                <Text span size="xs" c="dimmed" dir="ltr" lang="en">({p.message})</Text>
              </List.Item>
            ))}
          </List>
        )}
      </Stack>
    </form>
  );
}
