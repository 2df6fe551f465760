import { Group, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useDocumentTitle } from '../lib/use-document-title.ts';

/** Props of {@link PageHeader}. */
export interface PageHeaderProps {
  title: string;
  /** Language of the title when it is user content (an organisation's name). */
  titleLang?: string;
  /** Heading level: 1 for pages, 2 for sub-pages inside a section layout. */
  order?: 1 | 2;
  description?: ReactNode;
  /** Buttons shown at the inline end (or under the title on phones). */
  actions?: ReactNode;
  /** Set the document title (default true; section layouts whose sub-pages set it pass false). */
  setTitle?: boolean;
  /** Document title when it should differ from the heading ("Members · <organisation>"). */
  documentTitle?: string;
}

/** The heading of a page or sub-page, with optional actions; also sets the document title. */
export function PageHeader({ title, titleLang, order = 1, description, actions, setTitle = true, documentTitle }: PageHeaderProps) {
  useDocumentTitle(setTitle ? (documentTitle ?? title) : null);
  return (
    <Group justify="space-between" align="flex-start" gap="sm" mb="md" wrap="wrap">
      <Stack gap={4} style={{ flex: '1 1 16rem' }}>
        <Title order={order} size={order === 1 ? 'h2' : 'h3'}>
          {/* Isolated, so an Arabic name keeps its direction but the heading keeps the page's alignment. */}
          <span dir="auto" lang={titleLang}>
            {title}
          </span>
        </Title>
        {description && (
          <Text c="dimmed" size="sm">
            {description}
          </Text>
        )}
      </Stack>
      {actions && <Group gap="xs">{actions}</Group>}
    </Group>
  );
}
