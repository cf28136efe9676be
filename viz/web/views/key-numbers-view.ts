// The key numbers as text with stable test ids (data-testid = the number's id).
import type { KeyNumber } from '../../twin/index.js';
import { el } from '../dom.js';

/** Replaces the container's content with one card per key number. */
export function showKeyNumbers(container: HTMLElement, numbers: KeyNumber[]): void {
  container.replaceChildren(
    ...numbers.map((n) => el('div', { class: 'number' }, el('div', { class: 'value', 'data-testid': n.id, id: `kn-${n.id}` }, n.value), el('div', { class: 'label' }, n.label))),
  );
}
