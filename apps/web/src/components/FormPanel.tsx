import { Collapse, Paper, Title } from '@mantine/core';
import type { ReactNode } from 'react';

/** Props of {@link FormPanel}. */
export interface FormPanelProps {
  /** The panel's id (the opening button's `aria-controls`). */
  id: string;
  title: string;
  opened: boolean;
  /** The form: mounted only while the panel is open, so it starts blank each time. */
  children: ReactNode;
}

/** A titled panel under a page's header that a "New …" button opens and closes, holding a form. */
export function FormPanel({ id, title, opened, children }: FormPanelProps) {
  return (
    <Collapse expanded={opened} id={id}>
      <Paper withBorder p="md">
        <Title order={3} size="h4" mb="sm">
          {title}
        </Title>
        {opened && children}
      </Paper>
    </Collapse>
  );
}
