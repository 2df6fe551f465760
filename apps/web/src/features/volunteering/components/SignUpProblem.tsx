import { Alert, Anchor, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { ApiError } from '../../../lib/api.ts';
import { errorMessage } from '../../../lib/errors.ts';
import { formatNumber } from '../../../lib/format.ts';

/** Sign-up refusals that get their own explanation and a way forward (409 `shift.*`). */
const EXPLAINED = new Set(['shift.too_young', 'shift.age_unknown', 'shift.overlaps', 'shift.already_signed_up']);

/**
 * Why a sign-up was refused, in words that say what to do next: too young (the minimum age),
 * age unknown (a link to the profile that comes back here), overlapping shift or already
 * signed up (a link to my shifts). Other errors show their translated message.
 */
export function SignUpProblem({ error }: { error: unknown }) {
  const { t, i18n } = useTranslation();
  const location = useLocation();
  if (!error) return null;
  const code = error instanceof ApiError ? error.code : '';
  if (!EXPLAINED.has(code)) {
    return (
      <Alert color="red" variant="light" role="alert" mt="xs">
        {errorMessage(t, error)}
      </Alert>
    );
  }
  const details = (error as ApiError).details as { minAge?: number } | null;
  const age = details?.minAge ? formatNumber(details.minAge, i18n.language) : '';
  const key = code.replace('shift.', '');
  const back = encodeURIComponent(location.pathname);
  // Links take the alert's own (dark) text colour, underlined: brand green on the tinted
  // background falls below 4.5:1.
  return (
    <Alert color={code === 'shift.already_signed_up' ? 'blue' : 'red'} variant="light" role="alert" mt="xs" title={t(`volunteering:signUp.problem.${key}.title`)} data-testid="signup-problem" data-code={code}>
      <Text size="sm">{t(`volunteering:signUp.problem.${key}.text`, { age })}</Text>
      {code === 'shift.age_unknown' && (
        <Anchor component={Link} to={`/me/volunteer-profile?next=${back}`} size="sm" fw={600} c="inherit" underline="always">
          {t('volunteering:signUp.problem.toProfile')}
        </Anchor>
      )}
      {(code === 'shift.overlaps' || code === 'shift.already_signed_up') && (
        <Anchor component={Link} to="/me/volunteering" size="sm" fw={600} c="inherit" underline="always">
          {t('volunteering:signUp.problem.toMyShifts')}
        </Anchor>
      )}
    </Alert>
  );
}
