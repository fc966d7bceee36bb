import { define } from '@plaza/core';
import '../tag/plaza-tag.js';
import { PlazaTaskList } from './task-list.js';
import { PlazaTaskListItem } from './task-list-item.js';

// Items first, so a list that upgrades finds its items already upgraded.
define('plaza-task-list-item', PlazaTaskListItem);
define('plaza-task-list', PlazaTaskList);

declare global {
  interface HTMLElementTagNameMap {
    'plaza-task-list': PlazaTaskList;
    'plaza-task-list-item': PlazaTaskListItem;
  }
}

export { PlazaTaskList, PlazaTaskListItem };
