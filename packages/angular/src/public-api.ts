export {
  PLAZA_FORM_CONTROLS,
  PlazaFormControlDirective,
  type PlazaValidationError,
} from './plaza-form-control.directive.js';
