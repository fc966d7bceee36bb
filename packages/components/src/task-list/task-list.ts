import { html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { PlazaElement } from '@plaza/core';
import type { TagVariant } from '../tag/tag.js';
import { PlazaTaskListItem, type TaskStatus } from './task-list-item.js';
import { taskListStyles } from './task-list.styles.js';
import { mutationObserver } from '../parts/observer.js';

const ITEM_TAG = 'plaza-task-list-item';

const STATUS: Record<TaskStatus, { key: string; tag: TagVariant | null }> = {
  completed: { key: 'taskList.status.completed', tag: null },
  'in-progress': { key: 'taskList.status.inProgress', tag: 'info' },
  'not-started': { key: 'taskList.status.notStarted', tag: 'info' },
  'cannot-start': { key: 'taskList.status.cannotStart', tag: null },
  error: { key: 'taskList.status.error', tag: 'error' },
};

/**
 * @summary The tasks of a long application, each with its status, which residents complete in
 * any order and over several visits.
 *
 * @slot - `<plaza-task-list-item>` elements, one per task.
 *
 * @csspart progress - "You have completed 2 of 5 sections" (with `show-progress`).
 * @csspart list - The list of tasks.
 * @csspart item - Each task.
 * @csspart link - Each task's link.
 * @csspart hint - Each task's hint.
 * @csspart status - Each task's status.
 *
 * @cssprop [--plaza-task-list-border-color=var(--plaza-color-border-subtle)] - Lines between tasks.
 *
 * Accessibility: a list of tasks. Each task's link is described by its hint and status (read as
 * "Your details, link, Completed"), and the whole row is its target, so it is large and easy to
 * hit. The status is always in words: tags for statuses that need attention, plain text for
 * "Completed" and "Cannot start yet" (which has no link). The tasks' names and links are in the
 * light DOM before scripts run; afterwards the list draws them and redraws when they change.
 */
export class PlazaTaskList extends PlazaElement {
  static override styles = taskListStyles;
  /** This element's own strings, registered beneath any agency override when it first connects. */
  static override messages = {
    en: {
      'taskList.completed': {
        one: 'You have completed {done} of {count} section',
        other: 'You have completed {done} of {count} sections',
      },
      'taskList.status.completed': 'Completed',
      'taskList.status.inProgress': 'In progress',
      'taskList.status.notStarted': 'Not yet started',
      'taskList.status.cannotStart': 'Cannot start yet',
      'taskList.status.error': 'There is a problem',
    },
    es: {
      'taskList.completed': {
        one: 'Ha completado {done} de {count} sección',
        other: 'Ha completado {done} de {count} secciones',
      },
      'taskList.status.completed': 'Completado',
      'taskList.status.inProgress': 'En curso',
      'taskList.status.notStarted': 'No iniciado',
      'taskList.status.cannotStart': 'Aún no puede comenzar',
      'taskList.status.error': 'Hay un problema',
    },
  };

  #observer = mutationObserver(() => this.#readItems());

  @state() private items: PlazaTaskListItem[] = [];

  /** Shows "You have completed N of M sections" above the list. */
  @property({ type: Boolean, attribute: 'show-progress' }) showProgress = false;

  override connectedCallback(): void {
    super.connectedCallback();
    this.#readItems();
    this.#observer.observe(this, {
      childList: true,
      subtree: true,
      characterData: true,
      attributes: true,
    });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#observer.disconnect();
  }

  #readItems(): void {
    const items = [...this.children].filter((child) => child.localName === ITEM_TAG);
    items.forEach((item) => customElements.upgrade(item));
    this.items = items.filter(
      (item): item is PlazaTaskListItem => item instanceof PlazaTaskListItem,
    );
  }

  #renderStatus(item: PlazaTaskListItem, id: string) {
    const status = STATUS[item.status] ?? STATUS['not-started'];
    const words = item.statusText || this.t(status.key);
    return html`<div class="status ${item.status}" id=${id} part="status">
      ${status.tag ? html`<plaza-tag variant=${status.tag}>${words}</plaza-tag>` : words}
    </div>`;
  }

  #renderItem(item: PlazaTaskListItem, index: number) {
    const href = item.linkHref;
    const hint = item.hintText;
    const hintId = `hint-${index}`;
    const statusId = `status-${index}`;
    const name = item.nameText;
    return html`<li class="item ${href ? 'with-link' : ''}" part="item">
      <div class="name-and-hint">
        ${
          href
            ? html`<a
                part="link"
                href=${href}
                aria-describedby=${hint ? `${hintId} ${statusId}` : statusId}
                >${name}</a
              >`
            : html`<span class="name">${name}</span>`
        }
        ${hint ? html`<div class="hint" id=${hintId} part="hint">${hint}</div>` : nothing}
      </div>
      ${this.#renderStatus(item, statusId)}
    </li>`;
  }

  override render() {
    const done = this.items.filter((item) => item.status === 'completed').length;
    return html`${
        this.showProgress
          ? html`<p class="progress" part="progress">
              ${this.t('taskList.completed', { done, count: this.items.length })}
            </p>`
          : nothing
      }
      <ul part="list">
        ${this.items.map((item, index) => this.#renderItem(item, index))}
      </ul>`;
  }
}
