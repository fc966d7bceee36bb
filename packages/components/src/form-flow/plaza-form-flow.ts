import { define } from '@plaza/core';
import '../alert/plaza-alert.js';
import '../back-link/plaza-back-link.js';
import '../button/plaza-button.js';
import '../checkbox-group/plaza-checkbox-group.js';
import '../date-input/plaza-date-input.js';
import '../error-summary/plaza-error-summary.js';
import '../file-upload/plaza-file-upload.js';
import '../panel/plaza-panel.js';
import '../radio-group/plaza-radio-group.js';
import '../select/plaza-select.js';
import '../summary-list/plaza-summary-list.js';
import '../step-indicator/plaza-step-indicator.js';
import '../task-list/plaza-task-list.js';
import '../text-field/plaza-text-field.js';
import '../textarea/plaza-textarea.js';
import '../name-input/plaza-name-input.js';
import '../address-input/plaza-address-input.js';
import '../phone-input/plaza-phone-input.js';
import '../email-input/plaza-email-input.js';
import '../tin-input/plaza-tin-input.js';
import '../money-input/plaza-money-input.js';
import { PlazaFormFlow } from './form-flow.js';
import './plaza-flow-page.js';

define('plaza-form-flow', PlazaFormFlow);

declare global {
  interface HTMLElementTagNameMap {
    'plaza-form-flow': PlazaFormFlow;
  }
}

export { PlazaFormFlow };
