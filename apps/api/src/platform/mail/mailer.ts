import nodemailer from 'nodemailer';

/** A message ready to go out. */
export interface MailMessage {
  to: string;
  subject: string;
  text: string;
}

/** Sends mail; `null` transport means "keep it in the outbox" (no SMTP configured). */
export interface Mailer {
  readonly enabled: boolean;
  send(message: MailMessage): Promise<void>;
}

/**
 * Creates the SMTP mailer when `smtpUrl` is set. Without it, messages stay in the outbox table,
 * where admins read them in the console (so password resets work on a laptop with no mail server).
 */
export function createMailer(smtpUrl: string | undefined, from: string): Mailer {
  if (!smtpUrl) return { enabled: false, send: async () => undefined };
  const transport = nodemailer.createTransport(smtpUrl);
  return {
    enabled: true,
    async send(message) {
      await transport.sendMail({ from, to: message.to, subject: message.subject, text: message.text });
    },
  };
}
