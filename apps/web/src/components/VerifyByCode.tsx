// The public "is this genuine?" pages (receipts, certificates): paste the code or the link printed
// on the document, see the genuine record's facts or a "not found" notice. The pages give the
// words (translated) and what a code looks like; the layout and behaviour are shared.
import { Alert, Button, Group, Paper, SimpleGrid, Stack, Text, TextInput, ThemeIcon, Title } from '@mantine/core';
import type { UseQueryResult } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { useNavigate } from 'react-router';
import { ApiError } from '../lib/api.ts';
import { ErrorAlert } from './ErrorAlert.tsx';
import { LoadingState } from './LoadingState.tsx';
import { PageHeader } from './PageHeader.tsx';

/** The words of {@link VerifyCodeForm}, translated. */
export interface VerifyCodeTexts {
  /** The search form's accessible name. */
  formLabel: string;
  code: string;
  codeHint: string;
  submit: string;
  /** Shown under the field when what was pasted holds no code. */
  badCode: string;
}

/** Props of {@link VerifyCodeForm}. */
export interface VerifyCodeFormProps {
  initial?: string;
  /** The code in what was typed or pasted (the code itself, or the link that carries it), or null. */
  parse: (input: string) => string | null;
  /** Where a code is checked: the code is appended (`/verify/receipts` → `/verify/receipts/<code>`). */
  path: string;
  texts: VerifyCodeTexts;
}

/** "Verify": paste the code or link printed on a document; a valid one opens its check page. */
export function VerifyCodeForm({ initial = '', parse, path, texts }: VerifyCodeFormProps) {
  const navigate = useNavigate();
  const [value, setValue] = useState(initial);
  const [error, setError] = useState<string | null>(null);
  return (
    <form
      role="search"
      aria-label={texts.formLabel}
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        const code = parse(value);
        if (!code) return setError(texts.badCode);
        void navigate(`${path}/${code}`);
      }}
    >
      <Group align="flex-start" gap="sm" wrap="wrap">
        <TextInput
          label={texts.code}
          description={texts.codeHint}
          value={value}
          onChange={(e) => {
            setValue(e.currentTarget.value);
            setError(null);
          }}
          error={error}
          dir="ltr"
          autoComplete="off"
          spellCheck={false}
          style={{ flex: '1 1 18rem' }}
        />
        <Button type="submit" mt={{ base: 0, sm: 46 }}>
          {texts.submit}
        </Button>
      </Group>
    </form>
  );
}

/** Props of {@link VerifyOutcome}. */
export interface VerifyOutcomeProps<T> {
  /** The public look-up of the code. */
  query: UseQueryResult<T>;
  /** What a 404 says: the code matches nothing. */
  notFound: { title: string; text: string; testId: string };
  /** The genuine record. */
  children: (data: T) => ReactNode;
}

/** The answer of a check: loading, an error to retry, "not found" (a 404), or the genuine record. */
export function VerifyOutcome<T>({ query, notFound, children }: VerifyOutcomeProps<T>) {
  if (query.isPending) return <LoadingState />;
  if (query.isError) {
    if (!(query.error instanceof ApiError && query.error.status === 404)) return <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />;
    return (
      <Alert color="red" variant="light" role="alert" title={notFound.title} data-testid={notFound.testId}>
        {notFound.text}
      </Alert>
    );
  }
  return <>{children(query.data)}</>;
}

/** Props of {@link GenuineCard}. */
export interface GenuineCardProps {
  title: string;
  text: string;
  /** What the check leaves out (names, amounts), under the facts. */
  privacy: string;
  testId: string;
  /** The record's status, as `data-status` (for tests). */
  status?: string;
  /** A notice between the heading and the facts (withdrawn, for example). */
  notice?: ReactNode;
  /** The facts, as {@link Fact}s (look `strong`). */
  children: ReactNode;
}

/** A genuine record: a tick and a heading, an optional notice, its facts in a grid, the privacy note. */
export function GenuineCard({ title, text, privacy, testId, status, notice, children }: GenuineCardProps) {
  return (
    <Paper withBorder p={{ base: 'md', sm: 'lg' }} data-testid={testId} data-status={status}>
      <Stack gap="md">
        <Group gap="sm" wrap="nowrap" align="flex-start">
          <ThemeIcon color="green" size="xl" radius="xl" aria-hidden="true">
            ✓
          </ThemeIcon>
          <div>
            <Title order={2} size="h3">
              {title}
            </Title>
            <Text size="sm">{text}</Text>
          </div>
        </Group>
        {notice}
        <SimpleGrid component="dl" cols={{ base: 1, sm: 2 }} spacing="md" m={0}>
          {children}
        </SimpleGrid>
        <Text size="xs" c="dimmed">
          {privacy}
        </Text>
      </Stack>
    </Paper>
  );
}

/** The page: heading, the answer for the code in the address (if any), then the form to check another. */
export function VerifyLayout({ title, description, result, form }: { title: string; description: string; result: ReactNode; form: ReactNode }) {
  return (
    <Stack gap="lg" maw={760}>
      <PageHeader title={title} description={description} />
      {result}
      <Paper withBorder p="md">
        {form}
      </Paper>
    </Stack>
  );
}
