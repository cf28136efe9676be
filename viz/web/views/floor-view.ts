// The floor: bins coloured by stock or record error, and the workers' recent pick rounds replayed on a
// time scrubber (each round drawn as it is walked), or one sample pick list walked by every policy.
import type { FloorMap, RunVisuals } from '../../../models/visuals.js';
import { floorMapChart, sampleRoutePaths, type FloorColouring, type FloorPath } from '../../charts/index.js';
import { formatClock } from '../../format/index.js';
import { plotElement } from '../../render/plot-svg.js';
import { frameAt, pathPrefix, scrubberLength } from '../../twin/index.js';
import { el, select } from '../dom.js';

const defaults = { width: 760, trailRounds: 6, playMs: 60 };

/** Builds the floor panel into `container`; returns a function that stops its animation. */
export function showFloor(container: HTMLElement, visuals: RunVisuals): () => void {
  let timer: ReturnType<typeof setInterval> | null = null;
  const stop = () => {
    if (timer !== null) clearInterval(timer);
    timer = null;
    play.textContent = '▶ play';
  };
  if (visuals.floors.length === 0) {
    container.replaceChildren(el('p', { class: 'note' }, 'This run has no warehouse floor to show.'));
    return () => {};
  }
  const warehouse = select({ id: 'floor-warehouse', 'aria-label': 'warehouse' }, visuals.floors.map((f) => ({ value: f.warehouse })));
  const colour = select({ id: 'floor-colour', 'aria-label': 'colour bins by' }, [
    { value: 'stock', label: 'colour by stock' },
    { value: 'error', label: 'colour by record error' },
  ]);
  const mode = select({ id: 'floor-mode', 'aria-label': 'paths' }, [
    { value: 'rounds', label: 'pick rounds over time' },
    { value: 'policies', label: 'one pick list, every policy' },
  ]);
  const scrubber = el('input', { type: 'range', id: 'scrubber', min: 0, max: 0, step: 1, value: 0, 'aria-label': 'time scrubber' });
  const play = el('button', { type: 'button', id: 'floor-play' }, '▶ play');
  const caption = el('span', { id: 'scrubber-label', 'data-testid': 'scrubber-label' });
  const slot = el('div', { id: 'floor-chart' });
  const floor = (): FloorMap => visuals.floors.find((f) => f.warehouse === warehouse.value) ?? visuals.floors[0]!;
  const width = Math.min(defaults.width, Math.max(360, container.clientWidth - 24));

  const draw = () => {
    const f = floor();
    const colorBy = colour.value as FloorColouring;
    let paths: FloorPath[] = [];
    if (mode.value === 'policies') {
      paths = sampleRoutePaths(f);
      caption.textContent = `${f.sampleRoutes.length} policies walk the same ${f.sampleRoutes[0]?.sequence.length ?? 0} picks`;
    } else {
      const frame = frameAt(f, Number(scrubber.value));
      if (frame === null) caption.textContent = 'no pick rounds in this run';
      else {
        const round = f.recentRounds[frame.round]!;
        const walked = pathPrefix(round.path, frame.fraction);
        const trail = f.recentRounds.slice(Math.max(0, frame.round - defaults.trailRounds), frame.round).map((r) => r.path);
        paths = [{ label: `round ${frame.round + 1} of ${f.recentRounds.length}`, points: walked.points, walker: walked.walker, trail }];
        caption.textContent = `round ${frame.round + 1} of ${f.recentRounds.length} at ${formatClock(frame.time)}: ${round.policy}, ${round.length.toFixed(1)} m`;
      }
    }
    scrubber.disabled = mode.value !== 'rounds';
    slot.replaceChildren(plotElement(floorMapChart(f, { colorBy, paths, width }), document));
  };
  const reset = () => {
    stop();
    const length = scrubberLength(floor().recentRounds.length);
    scrubber.max = String(Math.max(0, length - 1));
    scrubber.value = String(Math.max(0, length - 1));
    draw();
  };
  play.addEventListener('click', () => {
    if (timer !== null) return stop();
    if (Number(scrubber.value) >= Number(scrubber.max)) scrubber.value = '0';
    play.textContent = '❚❚ pause';
    timer = setInterval(() => {
      const next = Number(scrubber.value) + 1;
      if (next > Number(scrubber.max)) return stop();
      scrubber.value = String(next);
      draw();
    }, defaults.playMs);
  });
  scrubber.addEventListener('input', () => {
    stop();
    draw();
  });
  colour.addEventListener('change', draw);
  mode.addEventListener('change', draw);
  warehouse.addEventListener('change', reset);
  container.replaceChildren(el('div', { class: 'row' }, visuals.floors.length > 1 ? warehouse : '', colour, mode), el('div', { class: 'row' }, play, scrubber, caption), slot);
  reset();
  return stop;
}
