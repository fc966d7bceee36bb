import { registerMessages } from '@plaza/core';
import { arabicFinder } from './arabic-finder.js';
import { arabicForms } from './arabic-forms.js';
import { arabicPage } from './arabic-page.js';

/**
 * Arabic for the right-to-left stories, so they show the built-in words (markers, part labels,
 * error messages, buttons) in Arabic, not English, and punctuation lands where a reader expects.
 *
 * Plaza ships English and Spanish only (decision 0056): a government catalog needs a translator's
 * review, which these story strings have not had. They are registered exactly as an agency
 * registers its own language, with `registerMessages`, which is also what this shows.
 */
registerMessages('ar', { ...arabicForms, ...arabicPage, ...arabicFinder });
