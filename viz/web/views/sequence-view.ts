// Follow one order: pick an order the run accepted and see its sequence diagram, a lifeline per channel.
import { sequenceDiagramSvg, type Journey } from '../../sequence/index.js';
import { el, select } from '../dom.js';

/** Shows the journeys with a picker (the first order by default). */
export function showSequence(container: HTMLElement, journeys: Journey[], hasOms: boolean, channels: readonly string[] = []): void {
  if (journeys.length === 0) {
    container.replaceChildren(el('p', { class: 'note', 'data-testid': 'sequence-empty' }, 'No order was accepted in this run, so there is nothing to follow.'));
    return;
  }
  const picker = select(
    { id: 'order', 'aria-label': 'order' },
    journeys.map((j) => ({ value: String(j.orderId), label: `#${j.orderId}: ${j.qty} × ${j.sku} via ${j.channel} (${j.outcome})` })),
  );
  const slot = el('div', { id: 'sequence', class: 'sequence' });
  const draw = () => {
    const journey = journeys.find((j) => String(j.orderId) === picker.value) ?? journeys[0]!;
    // The diagram is built from escaped text only, so it can be parsed as markup.
    slot.innerHTML = sequenceDiagramSvg(journey, { hasOms, channels, idPrefix: `order-${journey.orderId}` });
  };
  picker.addEventListener('change', draw);
  container.replaceChildren(el('div', { class: 'row' }, el('label', { for: 'order' }, 'order '), picker), slot);
  draw();
}
