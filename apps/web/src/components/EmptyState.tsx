import { Paper, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';

/** Props of {@link EmptyState}. */
export interface EmptyStateProps {
  title: string;
  description?: ReactNode;
  /** A call to action (button or link). */
  action?: ReactNode;
}

/** What a list shows when it has nothing in it: a friendly sentence and what to do next. */
export function EmptyState({ title, description, action }: EmptyStateProps) {
  return (
    <Paper withBorder p="xl" radius="md" ta="center">
      <Stack align="center" gap="xs">
        <Text fw={600}>{title}</Text>
        {description && (
          <Text c="dimmed" size="sm" maw={480}>
            {description}
          </Text>
        )}
        {action}
      </Stack>
    </Paper>
  );
}
