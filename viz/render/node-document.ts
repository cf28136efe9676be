// A DOM document for drawing charts where there is no browser (the CLI report, the snapshot tests).
import { parseHTML } from 'linkedom';

/** A fresh, empty document. */
export function serverDocument(): Document {
  return parseHTML('<!doctype html><html><head></head><body></body></html>').document as unknown as Document;
}
