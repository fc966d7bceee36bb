/**
 * The server entry for Lit server rendering (`@lit-labs/ssr`): import it in Node instead of the
 * browser entries. It registers every element, gives the text field its server markup (the
 * browser never downloads it), and re-exports `setServerLanguage` for the page's language.
 * See docs/guides/first-paint-without-javascript.md.
 */
import { isServer } from 'lit';
// Every element's registration, as the browser entries (`@plaza/components/<name>.js`) do it.
import './accordion/plaza-accordion.js';
import './address-input/plaza-address-input.js';
import './alert/plaza-alert.js';
import './back-link/plaza-back-link.js';
import './breadcrumbs/plaza-breadcrumbs.js';
import './button/plaza-button.js';
import './checkbox-group/plaza-checkbox-group.js';
import './checkbox/plaza-checkbox.js';
import './date-input/plaza-date-input.js';
import './details/plaza-details.js';
import './dialog/plaza-dialog.js';
import './eligibility-results/plaza-eligibility-results.js';
import './email-input/plaza-email-input.js';
import './error-summary/plaza-error-summary.js';
import './exit-this-page/plaza-exit-this-page.js';
import './fieldset/plaza-fieldset.js';
import './file-upload/plaza-file-upload.js';
import './footer/plaza-footer.js';
import './form-flow/plaza-form-flow.js';
// Pages written as <plaza-flow-page> load through the full loader, on the server too.
import './form-flow/form-flow-definitions.js';
import './header/plaza-header.js';
import './jurisdiction-picker/plaza-jurisdiction-picker.js';
import './language-select/plaza-language-select.js';
import './link/plaza-link.js';
import './money-input/plaza-money-input.js';
import './name-input/plaza-name-input.js';
import './notification-banner/plaza-notification-banner.js';
import './official-banner/plaza-official-banner.js';
import './pagination/plaza-pagination.js';
import './panel/plaza-panel.js';
import './phone-input/plaza-phone-input.js';
import './radio-group/plaza-radio-group.js';
import './radio-group/plaza-radio.js';
import './screener/plaza-screener.js';
import './select/plaza-select.js';
import './service-finder/plaza-service-finder.js';
import './skip-link/plaza-skip-link.js';
import './step-indicator/plaza-step-indicator.js';
import './summary-list/plaza-summary-list.js';
import './tag/plaza-tag.js';
import './task-list/plaza-task-list.js';
import './text-field/plaza-text-field.js';
import './textarea/plaza-textarea.js';
import './timeout-warning/plaza-timeout-warning.js';
import './tin-input/plaza-tin-input.js';
import { PlazaTextField } from './text-field/text-field.js';
import { renderTextFieldOnServer } from './text-field/text-field.server.js';

export { setServerLanguage } from '@plaza/core';

if (isServer) {
  // In the browser the field stamps and patches its own DOM; on the server it draws it whole.
  Object.defineProperty(PlazaTextField.prototype, 'render', {
    value(this: PlazaTextField) {
      return renderTextFieldOnServer(this);
    },
  });
}
