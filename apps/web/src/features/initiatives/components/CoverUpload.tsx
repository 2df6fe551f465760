import { Button, FileInput, Group, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNotify } from '../../../components/notifications.tsx';
import { ApiError } from '../../../lib/api.ts';
import { errorMessage } from '../../../lib/errors.ts';
import { fieldMessage } from '../../../lib/field-errors.ts';
import type { Initiative } from '../api.ts';
import { useUploadCover } from '../hooks.ts';
import { CoverImage } from './CoverImage.tsx';

const TYPES = ['image/png', 'image/jpeg', 'image/webp'];
const MAX_BYTES = 2 * 1024 * 1024;

/** Chooses and uploads the cover image (PNG, JPEG or WebP up to 2 MB), with a preview of the current one. */
export function CoverUpload({ initiative }: { initiative: Initiative }) {
  const { t } = useTranslation();
  const notify = useNotify();
  const upload = useUploadCover(initiative.id);
  const [file, setFile] = useState<File | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  function choose(f: File | null) {
    setFile(f);
    upload.reset();
    if (!f) return setProblem(null);
    if (!TYPES.includes(f.type)) return setProblem(fieldMessage(t, 'validation.image_type'));
    if (f.size > MAX_BYTES) return setProblem(fieldMessage(t, 'validation.image_too_large'));
    setProblem(null);
  }

  async function send() {
    if (!file || problem) return;
    try {
      await upload.mutateAsync(file);
      notify({ message: t('initiatives:cover.uploaded') });
      setFile(null);
    } catch (err) {
      const field = err instanceof ApiError ? err.fields[0] : undefined;
      setProblem(field ? fieldMessage(t, field.code) : errorMessage(t, err));
    }
  }

  return (
    <Stack gap="sm" maw={520}>
      <CoverImage url={initiative.coverUrl} />
      {!initiative.coverUrl && <Text size="sm" c="dimmed">{t('initiatives:cover.none')}</Text>}
      <FileInput
        label={t('initiatives:cover.choose')}
        description={t('initiatives:cover.hint')}
        accept={TYPES.join(',')}
        value={file}
        onChange={choose}
        error={problem}
        clearable
        clearButtonProps={{ 'aria-label': t('initiatives:cover.clear') }}
      />
      <Group>
        <Button onClick={() => void send()} disabled={!file || Boolean(problem)} loading={upload.isPending}>
          {t('initiatives:cover.upload')}
        </Button>
      </Group>
    </Stack>
  );
}
