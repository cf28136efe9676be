// `npm run pins:update`: reruns every pinned case and rewrites test/pins/pins.json, printing what moved.
import { computePin, pinCases, pinDifferences, readPins, writePins, type Pin } from './pins.js';

let previous: Pin[] = [];
try {
  previous = readPins().pins;
} catch {
  // No file yet: every pin is new.
}
const fresh = pinCases.map(computePin);
const changes = fresh.flatMap((pin) => pinDifferences(previous.find((p) => p.label === pin.label), pin));
for (const label of previous.map((p) => p.label).filter((l) => !fresh.some((p) => p.label === l))) changes.push(`${label}: removed`);
writePins(fresh);
console.log(changes.length === 0 ? 'pins unchanged' : changes.join('\n'));
console.log(`wrote ${fresh.length} pins to test/pins/pins.json`);
