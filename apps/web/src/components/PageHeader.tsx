import { Group, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useDocumentTitle } from '../lib/use-document-title.ts';

/** Props of {@link PageHeader}. */
export interface PageHeaderProps {
  title: string;
  /** Heading level: 1 for pages, 2 for sub-pages inside a section layout. */
  order?: 1 | 2;
  description?: ReactNode;
  /** Buttons shown at the inline end (or under the title on phones). */
  actions?: ReactNode;
  /** Set the document title (default true; section layouts whose sub-pages set it pass false). */
  setTitle?: boolean;
}

/** The heading of a page or sub-page, with optional actions; also sets the document title. */
export function PageHeader({ title, order = 1, description, actions, setTitle = true }: PageHeaderProps) {
  useDocumentTitle(setTitle ? title : null);
  return (
    <Group justify="space-between" align="flex-start" gap="sm" mb="md" wrap="wrap">
      <Stack gap={4} style={{ flex: '1 1 16rem' }}>
        <Title order={order} size={order === 1 ? 'h2' : 'h3'}>
          {title}
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
