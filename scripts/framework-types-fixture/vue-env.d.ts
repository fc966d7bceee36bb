// How an app turns on Plaza's Vue types.
import type {} from '@plaza/components/vue.js';
