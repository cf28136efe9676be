// The limit on a SKU code's length, shared by the scenario format and the readers that make SKU codes
// (import rows). Counted in Unicode code points, as JSON Schema's maxLength is: an emoji is one.
// Shopify allows 255-character SKUs.

/** Most code points in a SKU code. */
export const SKU_CODE_MAX = 255;

/** The number of Unicode code points in `text` (a surrogate pair counts once). */
export function codePointLength(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) i++;
    }
    n++;
  }
  return n;
}
