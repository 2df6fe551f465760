import { Fragment } from 'react';
import { UserText } from '../../../components/UserText.tsx';

// A phone number: optional +, then digits with spaces or hyphens, at least seven digits long.
const PHONE = /(\+?\d[\d\s-]{5,}\d)/;

/**
 * Contact details as typed ("+971 50 123 4567 (أخي)"). Phone numbers are isolated left to right:
 * inside Arabic text the bidi algorithm would otherwise show their digit groups in reverse order.
 */
export function ContactText({ text }: { text: string }) {
  return (
    <UserText size="sm">
      {text.split(PHONE).map((part, i) =>
        PHONE.test(part) ? (
          <bdi key={i} dir="ltr">
            {part}
          </bdi>
        ) : (
          <Fragment key={i}>{part}</Fragment>
        ),
      )}
    </UserText>
  );
}
