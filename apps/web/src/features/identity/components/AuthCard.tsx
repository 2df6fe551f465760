import { Paper, Stack } from '@mantine/core';
import type { ReactNode } from 'react';
import { PageHeader } from '../../../components/PageHeader.tsx';

/** The narrow card that holds sign-in, sign-up and password-reset forms. */
export function AuthCard({ title, description, children }: { title: string; description?: ReactNode; children: ReactNode }) {
  return (
    <Stack maw={460} mx="auto" py={{ base: 'sm', sm: 'xl' }} gap={0}>
      <PageHeader title={title} description={description} />
      <Paper withBorder radius="md" p={{ base: 'md', sm: 'lg' }} shadow="xs">
        {children}
      </Paper>
    </Stack>
  );
}
