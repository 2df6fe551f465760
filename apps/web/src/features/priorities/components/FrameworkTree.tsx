import { ActionIcon, Box, Button, Code, Group, Menu, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from './ConfirmDialog.tsx';
import { useNotify } from '../../../components/notifications.tsx';
import { errorMessage } from '../../../lib/errors.ts';
import type { Priority, PriorityNode } from '../api.ts';
import { useDeletePriority } from '../hooks.ts';
import { priorityShort } from '../labels.ts';
import { PriorityFormModal } from './PriorityFormModal.tsx';

/** A chevron pointing to the inline end when closed, down when open (mirrors in RTL). */
function Chevron({ open, rtl }: { open: boolean; rtl: boolean }) {
  const transform = open ? 'rotate(90deg)' : rtl ? 'scaleX(-1)' : undefined;
  return (
    <svg width="14" height="14" viewBox="0 0 16 16" aria-hidden="true" style={{ transform, transition: 'transform 120ms' }}>
      <path d="M6 3l5 5-5 5" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}

type Editor = { parent?: Priority | null; editing?: Priority | null } | null;

/** Props of {@link FrameworkTree}. */
export interface FrameworkTreeProps {
  frameworkId: string;
  nodes: PriorityNode[];
  /** Admins add, edit and delete priorities. */
  editable: boolean;
}

/** Every id in a tree (for "expand all"). */
function allIds(nodes: PriorityNode[]): string[] {
  return nodes.flatMap((n) => (n.children.length ? [n.id, ...allIds(n.children)] : []));
}

/**
 * A framework's priorities as a collapsible tree: code, Arabic and English titles; admins get
 * a menu per priority (add a sub-priority, edit, delete) and can add top-level priorities.
 */
export function FrameworkTree({ frameworkId, nodes, editable }: FrameworkTreeProps) {
  const { t, i18n } = useTranslation();
  const notify = useNotify();
  const [open, setOpen] = useState<Set<string>>(new Set());
  const [editor, setEditor] = useState<Editor>(null);
  const [deleting, setDeleting] = useState<Priority | null>(null);
  const remove = useDeletePriority();
  const rtl = i18n.dir() === 'rtl';
  const uiAr = i18n.language !== 'en';

  function toggle(id: string) {
    setOpen((s) => {
      const next = new Set(s);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  }

  async function confirmDelete() {
    if (!deleting) return;
    try {
      await remove.mutateAsync(deleting.id);
      notify({ message: t('priorities:tree.deleted') });
      setDeleting(null);
    } catch (err) {
      notify({ message: errorMessage(t, err), color: 'red' });
    }
  }

  function renderNodes(list: PriorityNode[], depth: number) {
    return (
      <Box component="ul" style={{ listStyle: 'none', margin: 0, padding: 0, paddingInlineStart: depth ? 'var(--mantine-spacing-xl)' : 0 }}>
        {list.map((n) => {
          const isOpen = open.has(n.id);
          const name = priorityShort(n, i18n.language);
          return (
            <li key={n.id}>
              <Group gap="xs" wrap="nowrap" align="flex-start" py={6} style={{ borderBlockEnd: '1px solid var(--mantine-color-gray-2)' }}>
                {n.children.length > 0 ? (
                  <ActionIcon variant="subtle" color="gray" size="md" onClick={() => toggle(n.id)} aria-expanded={isOpen} aria-label={t(isOpen ? 'priorities:tree.collapse' : 'priorities:tree.expand', { name })}>
                    <Chevron open={isOpen} rtl={rtl} />
                  </ActionIcon>
                ) : (
                  <Box w={28} style={{ flexShrink: 0 }} />
                )}
                <Code dir="ltr" style={{ flexShrink: 0 }}>{n.code}</Code>
                <Stack gap={0} style={{ flex: 1, minWidth: 0 }}>
                  <Text size="sm" lang={uiAr ? 'ar' : 'en'}>{uiAr ? n.titleAr : n.titleEn}</Text>
                  {/* The other language, isolated so it keeps its direction but the row keeps the page's alignment. */}
                  <Text size="xs" c="dimmed">
                    <bdi lang={uiAr ? 'en' : 'ar'}>{uiAr ? n.titleEn : n.titleAr}</bdi>
                  </Text>
                </Stack>
                {editable && (
                  <Menu position="bottom-end" withinPortal>
                    <Menu.Target>
                      <Button variant="subtle" size="compact-sm" aria-label={t('priorities:tree.actionsFor', { code: n.code })}>
                        {t('common:actions')}
                      </Button>
                    </Menu.Target>
                    <Menu.Dropdown>
                      <Menu.Item onClick={() => setEditor({ parent: n })}>{t('priorities:tree.addChild')}</Menu.Item>
                      <Menu.Item onClick={() => setEditor({ editing: n })}>{t('priorities:tree.edit')}</Menu.Item>
                      <Menu.Item color="red" onClick={() => setDeleting(n)}>{t('priorities:tree.delete')}</Menu.Item>
                    </Menu.Dropdown>
                  </Menu>
                )}
              </Group>
              {isOpen && renderNodes(n.children, depth + 1)}
            </li>
          );
        })}
      </Box>
    );
  }

  return (
    <Stack gap="sm">
      <Group gap="xs">
        <Button variant="default" size="xs" onClick={() => setOpen(new Set(allIds(nodes)))}>{t('priorities:tree.expandAll')}</Button>
        <Button variant="default" size="xs" onClick={() => setOpen(new Set())}>{t('priorities:tree.collapseAll')}</Button>
        {editable && <Button size="xs" onClick={() => setEditor({ parent: null })}>{t('priorities:tree.addTop')}</Button>}
      </Group>
      {nodes.length === 0 ? <Text c="dimmed" size="sm">{t('priorities:tree.empty')}</Text> : renderNodes(nodes, 0)}
      <PriorityFormModal opened={editor !== null} onClose={() => setEditor(null)} frameworkId={frameworkId} parent={editor?.parent ?? null} editing={editor?.editing ?? null} />
      <ConfirmDialog
        opened={deleting !== null}
        onClose={() => setDeleting(null)}
        title={t('priorities:tree.deleteTitle')}
        message={deleting ? t('priorities:tree.deleteMessage', { code: deleting.code }) : ''}
        confirmLabel={t('priorities:tree.delete')}
        loading={remove.isPending}
        onConfirm={() => void confirmDelete()}
      />
    </Stack>
  );
}
