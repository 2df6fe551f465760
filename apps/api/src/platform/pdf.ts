/**
 * Printable documents (receipts, certificates): a QR code for the public verification link and
 * a PDF printed from the document's own HTML by Chromium. Shared here so every printed document
 * looks the same, fails the same way when Chromium is missing, and launches it the same way.
 */
import fs from 'node:fs';
import QRCode from 'qrcode';
import { AppError } from './errors.ts';

/** Escapes text for an HTML element or a quoted attribute. */
export const escapeHtml = (s: unknown): string =>
  String(s ?? '').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** An inline SVG QR code of `url` (medium error correction survives a smudged printout). */
export function qrSvg(url: string): Promise<string> {
  return QRCode.toString(url, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' });
}

/**
 * Raised when Chromium is not installed: the PDF cannot be made, the HTML still can. The code is
 * the document's own (`receipt.pdf_unavailable`, `certificate.pdf_unavailable`) so the UI can say
 * which download is missing; the message names the package to install.
 */
export class PdfUnavailableError extends AppError {
  constructor(code: string, documents: string, path: string) {
    super(code, 503, `PDF ${documents} need Chromium at ${path}. Install the Debian package "chromium" (apt-get install chromium).`, { package: 'chromium', path });
  }
}

export interface PrintOptions {
  chromiumPath: string;
  /** The error code answered when Chromium is missing. */
  unavailableCode: string;
  /** What is being printed, plural, for the "install chromium" message ("receipts"). */
  documents: string;
  format?: 'A4' | 'A5';
  landscape?: boolean;
}

/**
 * Prints a standalone HTML page to PDF with Chromium — the only engine available here that shapes
 * Arabic and mixes right-to-left with left-to-right text correctly. No network: the page carries
 * its styles and QR code inline, and fonts come from the system.
 */
export async function printPdf(html: string, opts: PrintOptions): Promise<Buffer> {
  if (!fs.existsSync(opts.chromiumPath)) throw new PdfUnavailableError(opts.unavailableCode, opts.documents, opts.chromiumPath);
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({ executablePath: opts.chromiumPath, args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'] });
  try {
    const page = await (await browser.newContext()).newPage();
    await page.setContent(html, { waitUntil: 'load' });
    return await page.pdf({ format: opts.format ?? 'A5', landscape: opts.landscape ?? false, printBackground: true, margin: { top: '12mm', bottom: '12mm', left: '10mm', right: '10mm' } });
  } finally {
    await browser.close();
  }
}
