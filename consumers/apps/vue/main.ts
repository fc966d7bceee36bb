import { createApp } from 'vue';
import '@plaza/components/error-summary.js';
import '@plaza/components/text-field.js';
import '@plaza/components/radio-group.js';
import '@plaza/components/button.js';
import type {} from '@plaza/components/vue.js';
import PermitForm from './PermitForm.vue';

createApp(PermitForm).mount('#app');
