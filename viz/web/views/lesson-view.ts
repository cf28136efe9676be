// The article's lessons in the web twin: a button per lesson; picking one runs its scenario (or, for
// the trigger, compares the same operation with and without an OMS) and says what to look for, then
// shows the numbers that make the point, in the order to read them, and what they mean.
import type { Lesson } from '../../../scenarios/lessons.js';
import { formatMetric } from '../../format/index.js';
import { el } from '../dom.js';

/** One button per lesson; `onPick` gets the lesson chosen. */
export function showLessonButtons(container: HTMLElement, lessons: readonly Lesson[], onPick: (lesson: Lesson) => void): void {
  container.replaceChildren(
    ...lessons.map((lesson) => {
      const button = el('button', { type: 'button', class: 'lesson', 'data-lesson': lesson.number }, `${lesson.number}. ${lesson.title}`);
      button.addEventListener('click', () => onPick(lesson));
      return button;
    }),
  );
}

/** The lesson's text; with `metrics` (the run it asked for), the evidence and the takeaway too. */
export function showLesson(container: HTMLElement, lesson: Lesson, metrics: Record<string, number> | null, note = ''): void {
  const parts: HTMLElement[] = [
    el('h2', {}, `Lesson ${lesson.number}: ${lesson.title}`),
    el('p', {}, el('strong', {}, 'Look for: '), lesson.lookFor),
  ];
  if (metrics !== null && lesson.evidence.length > 0) {
    parts.push(
      el('p', { class: 'muted' }, 'The numbers that show it:'),
      el('div', { class: 'numbers', 'data-testid': 'lesson-evidence' }, ...lesson.evidence.map((metric) => {
        const value = metrics[metric];
        return el('div', { class: 'number', 'data-metric': metric }, el('div', { class: 'value' }, value === undefined ? '–' : formatMetric(metric, value)), el('div', { class: 'label' }, metric));
      })),
    );
  }
  if (note !== '') parts.push(el('p', { class: 'muted' }, note));
  if (metrics !== null || lesson.evidence.length === 0) parts.push(el('p', { 'data-testid': 'lesson-takeaway' }, el('strong', {}, 'What it means: '), lesson.takeaway));
  container.hidden = false;
  container.replaceChildren(...parts);
}
