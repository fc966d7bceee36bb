export { PlazaTextField } from './text-field/text-field.js';
export type { TextFieldType, TextFieldWidth } from './text-field/text-field.js';
export type { FieldMarker } from '@plaza/core';
export { PlazaTag } from './tag/tag.js';
export type { TagVariant } from './tag/tag.js';
export { PlazaSkipLink } from './skip-link/skip-link.js';
export { PlazaLink } from './link/link.js';
export { PlazaDateInput } from './date-input/date-input.js';
export { PlazaJurisdictionPicker } from './jurisdiction-picker/jurisdiction-picker.js';
export type { DateParts, DatePart } from './date-input/date-parts.js';
export { PlazaTextarea } from './textarea/textarea.js';
export { PlazaBackLink } from './back-link/back-link.js';
export { PlazaOfficialBanner } from './official-banner/official-banner.js';
export { PlazaErrorSummary } from './error-summary/error-summary.js';
export type { SummaryError } from './error-summary/error-summary.js';
export { PlazaBreadcrumbs } from './breadcrumbs/breadcrumbs.js';
export { PlazaHeader } from './header/header.js';
export type { HeaderMenuToggleDetail } from './header/header.js';
export type { ErrorSummaryShowDetail } from './error-summary/error-summary.js';
export { PlazaPanel } from './panel/panel.js';
export { PlazaFooter } from './footer/footer.js';
export { PlazaButton } from './button/button.js';
export type { ButtonType, ButtonVariant } from './button/button.js';
export { PlazaSummaryList } from './summary-list/summary-list.js';
export { PlazaSummaryListRow } from './summary-list/summary-list-row.js';
export { PlazaAlert } from './alert/alert.js';
export type { AlertVariant } from './alert/alert.js';
export { PlazaFileUpload } from './file-upload/file-upload.js';
export { PlazaNotificationBanner } from './notification-banner/notification-banner.js';
export type {
  NotificationBannerTitleLevel,
  NotificationBannerVariant,
} from './notification-banner/notification-banner.js';
export { PlazaPagination, pageItems } from './pagination/pagination.js';
export type { PageChangeDetail } from './pagination/pagination.js';
export { PlazaStepIndicator } from './step-indicator/step-indicator.js';
export { PlazaDialog } from './dialog/dialog.js';
export type { DialogCloseDetail } from './dialog/dialog.js';
export { PlazaTaskList } from './task-list/task-list.js';
export { PlazaTaskListItem } from './task-list/task-list-item.js';
export type { TaskStatus } from './task-list/task-list-item.js';
export { PlazaDetails } from './details/details.js';
export type { ToggleDetail } from './details/details.js';
export {
  PlazaLanguageSelect,
  languageDirection,
  nativeLanguageName,
} from './language-select/language-select.js';
export type { LanguageChangeDetail } from './language-select/language-select.js';
export { PlazaAccordion } from './accordion/accordion.js';
export { PlazaAccordionSection } from './accordion/accordion-section.js';
export type { SectionToggleDetail } from './accordion/accordion-section.js';
export { PlazaSelect } from './select/select.js';
export { PlazaRadioGroup } from './radio-group/radio-group.js';
export { PlazaRadio } from './radio-group/radio.js';
export { PlazaCheckbox } from './checkbox/checkbox.js';
export { PlazaCheckboxGroup } from './checkbox-group/checkbox-group.js';
export { PlazaFieldset } from './fieldset/fieldset.js';
export type { HeadingLevel } from './fieldset/fieldset.js';
export { PlazaServiceFinder } from './service-finder/service-finder.js';
export {
  qualifyLinksFromRuleSet,
  type ProgramForLinks,
  type QualifyLink,
  type QualifyLinks,
} from './service-finder/qualify-links.js';
export type { ServiceOpenDetail } from './service-finder/service-finder.js';
export { PlazaTimeoutWarning } from './timeout-warning/timeout-warning.js';
export type {
  TimeoutClock,
  TimeoutExpireDetail,
  TimeoutExtendDetail,
  TimeoutSaveDetail,
} from './timeout-warning/timeout-warning.js';
export { PlazaExitThisPage, DEFAULT_EXIT_URL } from './exit-this-page/exit-this-page.js';
export type { ExitDetail } from './exit-this-page/exit-this-page.js';
export { PlazaFormFlow } from './form-flow/form-flow.js';
export { PlazaFlowPage } from './form-flow/flow-page.js';
export type { FlowPageDetail, FlowSubmitDetail, ServerError } from './form-flow/form-flow.js';
export { PlazaNameInput } from './name-input/name-input.js';
export { PlazaEmailInput } from './email-input/email-input.js';
export { PlazaTinInput } from './tin-input/tin-input.js';
export { PlazaMoneyInput } from './money-input/money-input.js';
export type { MoneyAnswer } from './money-input/money-input.js';
export { PlazaPhoneInput } from './phone-input/phone-input.js';
export { PlazaAddressInput } from './address-input/address-input.js';
export type { AddressValue, CountyLookup } from './address-input/address-input.js';
export { PlazaEligibilityResults } from './eligibility-results/eligibility-results.js';
export type { AnswerQuestionsDetail } from './eligibility-results/eligibility-results.js';
export { PlazaScreener } from './screener/screener.js';
export { RuleSetFetchError, MAX_RULE_SET_BYTES } from './screener/fetch-rule-set.js';
