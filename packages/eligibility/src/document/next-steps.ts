/**
 * A program's next steps: where to apply, documents to have ready, who to contact and the HSDS
 * services that help. Checked here with the patterns `schema.json` publishes (formats.ts), and
 * frozen once per program so every evaluation hands out the same object.
 */
import { Checker, isObject } from './checker.js';
import { child } from './read-json.js';
import { EMAIL, PHONE, SAFE_LINK, SERVICE_ID } from '../formats.js';
import { MAX_EMAIL_LENGTH, MAX_ID_LENGTH, MAX_LINK_LENGTH, MAX_PHONE_LENGTH } from '../limits.js';
import type { ApplyLink, ProgramContact, ProgramNextSteps } from '../types.js';

/** The program fields read here. */
export const NEXT_STEP_FIELDS = ['apply', 'documents', 'contact', 'services'] as const;

const CONTACT_FIELDS = ['name', 'phone', 'email', 'url'] as const;
const NOTHING: readonly string[] = Object.freeze([]);

/**
 * Checks a program's next-step fields. Without `apply`, the program's `links.apply` stands in
 * when it is a safe link (https), so consumers read "how to apply" in one place.
 */
export function loadNextSteps(
  c: Checker,
  raw: Record<string, unknown>,
  path: string,
): ProgramNextSteps {
  const fallback = isObject(raw.links) ? raw.links.apply : undefined;
  const apply =
    raw.apply !== undefined
      ? loadApply(c, raw.apply, child(path, 'apply'))
      : typeof fallback === 'string' && SAFE_LINK.test(fallback)
        ? { url: fallback }
        : undefined;
  // In the order of NEXT_STEP_FIELDS, so problems are reported in reading order.
  const documentKeys = documents(c, raw.documents, child(path, 'documents'));
  const contact = raw.contact === undefined ? undefined : loadContact(c, raw.contact, path);
  return Object.freeze({
    ...(apply ? { apply: Object.freeze(apply) } : {}),
    documents: documentKeys,
    ...(contact ? { contact: Object.freeze(contact) } : {}),
    services: serviceIds(c, raw.services, child(path, 'services')),
  });
}

function loadApply(c: Checker, raw: unknown, path: string): ApplyLink | undefined {
  if (!isObject(raw)) {
    c.fail(path, 'must be an object with "url" and, optionally, "label"');
    return undefined;
  }
  c.unknownKeys(raw, new Set(['url', 'label']), path);
  const url = link(c, raw.url, child(path, 'url'), true);
  const label = messageKey(c, raw.label, child(path, 'label'));
  if (url === undefined) return undefined;
  return label === undefined ? { url } : { url, label };
}

function loadContact(c: Checker, raw: unknown, programPath: string): ProgramContact | undefined {
  const path = child(programPath, 'contact');
  if (!isObject(raw) || Object.keys(raw).length === 0) {
    c.fail(path, `must be an object with at least one of: ${CONTACT_FIELDS.join(', ')}`);
    return undefined;
  }
  c.unknownKeys(raw, new Set(CONTACT_FIELDS), path);
  const contact: ProgramContact = {};
  const name = messageKey(c, raw.name, child(path, 'name'));
  if (name !== undefined) contact.name = name;
  const phone = patterned(c, raw.phone, child(path, 'phone'), PHONE, MAX_PHONE_LENGTH, PHONE_HELP);
  if (phone !== undefined) contact.phone = phone;
  const email = patterned(c, raw.email, child(path, 'email'), EMAIL, MAX_EMAIL_LENGTH, EMAIL_HELP);
  if (email !== undefined) contact.email = email;
  const url = link(c, raw.url, child(path, 'url'), false);
  if (url !== undefined) contact.url = url;
  return contact;
}

const LINK_HELP =
  'must be an https:// address or a path on your own site such as "/apply" (no other scheme, no "//", no spaces or backslashes)';
const PHONE_HELP = 'must be a telephone number such as "1-800-221-5689" or "+1 (800) 221-5689"';
const EMAIL_HELP = 'must be an email address such as "help@agency.gov"';

function link(c: Checker, raw: unknown, path: string, required: boolean): string | undefined {
  if (raw === undefined && !required) return undefined;
  if (raw === undefined) {
    c.fail(path, 'is required: an https:// address or a path on your own site');
    return undefined;
  }
  return patterned(c, raw, path, SAFE_LINK, MAX_LINK_LENGTH, LINK_HELP);
}

function patterned(
  c: Checker,
  raw: unknown,
  path: string,
  pattern: RegExp,
  maxLength: number,
  help: string,
): string | undefined {
  if (raw === undefined) return undefined;
  if (typeof raw !== 'string' || !pattern.test(raw)) {
    c.fail(path, help);
    return undefined;
  }
  if (raw.length > maxLength) {
    c.fail(path, `is longer than ${maxLength} characters`);
    return undefined;
  }
  return raw;
}

function messageKey(c: Checker, raw: unknown, path: string): string | undefined {
  if (raw === undefined) return undefined;
  if (typeof raw !== 'string' || raw.length === 0) {
    c.fail(path, 'must be a message key or non-empty text');
    return undefined;
  }
  return raw;
}

function documents(c: Checker, raw: unknown, path: string): readonly string[] {
  if (raw === undefined) return NOTHING;
  if (!Array.isArray(raw)) {
    c.fail(path, 'must be a list of message keys (the documents to have ready)');
    return NOTHING;
  }
  const keys: string[] = [];
  raw.forEach((item, index) => {
    const key = messageKey(c, item, child(path, index));
    if (key !== undefined) keys.push(key);
  });
  return Object.freeze(keys);
}

function serviceIds(c: Checker, raw: unknown, path: string): readonly string[] {
  if (raw === undefined) return NOTHING;
  if (!Array.isArray(raw)) {
    c.fail(path, 'must be a list of HSDS service ids');
    return NOTHING;
  }
  const ids: string[] = [];
  raw.forEach((item, index) => {
    const at = child(path, index);
    if (typeof item !== 'string' || !SERVICE_ID.test(item) || item.length > MAX_ID_LENGTH)
      c.fail(at, `must be a service id: text without spaces, at most ${MAX_ID_LENGTH} characters`);
    else if (ids.includes(item)) c.fail(at, `"${item}" is listed twice`);
    else ids.push(item);
  });
  return Object.freeze(ids);
}
