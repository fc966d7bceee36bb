/**
 * Localization without a DOM now lives in @plaza/i18n (catalogs, plurals, Intl formatting), which
 * @plaza/eligibility uses without lit. This entry (`@plaza/core/localization.js`) re-exports it so
 * existing imports keep working. The DOM side (the nearest `lang`, re-rendering when it changes)
 * lives in `localize-controller.ts`.
 */
export * from '@plaza/i18n';
