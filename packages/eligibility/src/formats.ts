/**
 * Text formats the rule format constrains, written once as JSON Schema patterns: `schema.ts`
 * publishes them and the loader tests with the same source, so the two cannot drift.
 */

/**
 * A link a resident follows from a program's next steps: `https://` with a host, or a path on the
 * agency's own site (`/apply`, `./apply`, `../apply`). No other scheme (`javascript:`, `data:`,
 * `http:`), no protocol-relative `//host`, no backslashes (browsers read `/\host` as `//host`),
 * no spaces or control characters.
 */
export const SAFE_LINK_PATTERN =
  '^(?:https://[^\\s\\\\/?#][^\\s\\\\]*|/(?![/\\\\])[^\\s\\\\]*|\\.\\.?/[^\\s\\\\]*)$';

/** A telephone number as dialled: digits, optionally a leading "+", spaces, ".", "-" and "()". */
export const PHONE_PATTERN = '^\\+?[0-9(][0-9 ().-]*[0-9]$';

/** An email address: a plain `local@domain.tld`, nothing a mail client would read as headers. */
export const EMAIL_PATTERN =
  '^[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}$';

/** An Open Referral HSDS service id: any text without spaces (HSDS ids are usually UUIDs). */
export const SERVICE_ID_PATTERN = '^\\S+$';

/** The same patterns as regular expressions, compiled once with the flags JSON Schema uses. */
export const SAFE_LINK = new RegExp(SAFE_LINK_PATTERN, 'u');
export const PHONE = new RegExp(PHONE_PATTERN, 'u');
export const EMAIL = new RegExp(EMAIL_PATTERN, 'u');
export const SERVICE_ID = new RegExp(SERVICE_ID_PATTERN, 'u');
