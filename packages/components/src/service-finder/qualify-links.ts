/**
 * "Check if you qualify" links on services that a screener's program names. The finder takes them
 * as plain data (service id -> link), so it never depends on the eligibility engine: a page either
 * writes the mapping itself or derives it from a rule set document's `programs[].services` (HSDS
 * service ids) with `qualifyLinksFromRuleSet`, which reads the JSON document, not the engine.
 */

/** Where "Check if you qualify" goes for one service, and its visible words. */
export interface QualifyLink {
  /** The screener's address (relative to the page, or http/https); anything else is not linked. */
  href: string;
  /** Visible link text; the finder's "Check if you qualify" when left out. */
  label?: string;
}

/** Service id -> link, as a Map or a plain object (only its own keys are read). */
export type QualifyLinks = ReadonlyMap<string, QualifyLink> | Readonly<Record<string, QualifyLink>>;

/** The link for `serviceId`, reading a plain object's own keys only (never `__proto__` & co). */
export function qualifyLinkFor(
  links: QualifyLinks | undefined,
  serviceId: string,
): QualifyLink | undefined {
  if (!links) return undefined;
  if (links instanceof Map) return (links as ReadonlyMap<string, QualifyLink>).get(serviceId);
  return Object.hasOwn(links, serviceId)
    ? (links as Readonly<Record<string, QualifyLink>>)[serviceId]
    : undefined;
}

/** What `qualifyLinksFromRuleSet` reads of a program: its id, name and the services it names. */
export interface ProgramForLinks {
  id: string;
  name: string;
}

/**
 * Links for every service a program in `ruleSet` (a rule set document, parsed JSON) names in its
 * `services` list. `link(program)` says where that program's screener is. When several programs
 * name one service, the first in the document wins. Programs or ids of the wrong shape are
 * skipped: this is display data, and the engine validates the rule set itself.
 */
export function qualifyLinksFromRuleSet(
  ruleSet: unknown,
  link: (program: ProgramForLinks) => QualifyLink,
): Map<string, QualifyLink> {
  const links = new Map<string, QualifyLink>();
  const programs = (ruleSet as { programs?: unknown } | null)?.programs;
  if (!Array.isArray(programs)) return links;
  for (const program of programs as unknown[]) {
    const { id, name, services } = (program ?? {}) as Record<string, unknown>;
    if (typeof id !== 'string' || !Array.isArray(services)) continue;
    const found = { id, name: typeof name === 'string' ? name : id };
    for (const service of services as unknown[]) {
      if (typeof service === 'string' && service !== '' && !links.has(service)) {
        links.set(service, link(found));
      }
    }
  }
  return links;
}
