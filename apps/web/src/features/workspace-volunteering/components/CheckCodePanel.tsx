import { Anchor, Button, Group, Image, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { LoadingState } from '../../../components/LoadingState.tsx';
import { useCheckCode } from '../hooks.ts';
import { gulfRange } from '../time.ts';
import './print.css';

/**
 * The QR code as an image. The SVG comes from our API, but it is still drawn through an <img>
 * with a data: URL rather than injected into the page: an image cannot run scripts or style the page.
 */
export function qrDataUrl(svg: string): string {
  return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
}

/** "On-site check-in code": the code big, its QR, when it works, and a print button (managers). */
export function CheckCodePanel({ shiftId, title }: { shiftId: string; title: string }) {
  const { t, i18n } = useTranslation();
  const [shown, setShown] = useState(false);
  const code = useCheckCode(shiftId, shown);

  return (
    <Paper withBorder p={{ base: 'sm', sm: 'md' }} component="section" aria-labelledby="check-code-heading" style={{ alignSelf: "start" }} className={shown && code.data ? 'wv-print-area' : undefined}>
      <Stack gap="sm">
        <Title order={3} size="h4" id="check-code-heading">
          {t('workspaceVolunteering:code.title')}
        </Title>
        {!shown && (
          <>
            <Text size="sm">{t('workspaceVolunteering:code.explain')}</Text>
            <Button onClick={() => setShown(true)} style={{ alignSelf: 'flex-start' }}>
              {t('workspaceVolunteering:code.show')}
            </Button>
          </>
        )}
        {shown && code.isPending && <LoadingState />}
        {shown && code.isError && <ErrorAlert error={code.error} onRetry={() => void code.refetch()} />}
        {shown && code.data && (
          <Stack gap="sm" align="center" ta="center">
            <Text size="sm" fw={600} dir="auto">
              {title}
            </Text>
            {/* Read out letter by letter; the big glyphs are for the eyes. */}
            <Text className="wv-check-code" aria-hidden="true" data-testid="check-code">
              {code.data.code}
            </Text>
            <span className="visually-hidden">{t('workspaceVolunteering:code.codeIs', { code: code.data.code.split('').join(' ') })}</span>
            <Image src={qrDataUrl(code.data.qrSvg)} alt={t('workspaceVolunteering:code.qrAlt')} className="wv-qr" />
            <Text size="sm">{t('workspaceVolunteering:code.instructions')}</Text>
            <Text size="sm" fw={600}>
              {t('workspaceVolunteering:code.valid', { window: gulfRange(code.data.validFrom, code.data.validUntil, i18n.language) })}
            </Text>
            <Anchor href={code.data.url} size="xs" dir="ltr" style={{ wordBreak: 'break-all' }}>
              {code.data.url}
            </Anchor>
            <Group className="wv-no-print" gap="xs" justify="center">
              <Button onClick={() => window.print()}>{t('workspaceVolunteering:code.print')}</Button>
              <Button variant="default" onClick={() => setShown(false)}>
                {t('workspaceVolunteering:code.hide')}
              </Button>
            </Group>
          </Stack>
        )}
      </Stack>
    </Paper>
  );
}
