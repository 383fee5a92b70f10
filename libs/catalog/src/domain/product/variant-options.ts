/** Option values of a variant, e.g. { size: 'L', colour: 'Red' }. Keys are lower-case. */
export type VariantOptions = Record<string, string>;

export const MAX_OPTIONS = 5;

/** Trims keys and values and lower-cases keys, keeping the order the seller gave. */
export function normalizeOptions(options: VariantOptions): VariantOptions {
  return Object.fromEntries(
    Object.entries(options).map(([key, value]) => [key.trim().toLowerCase(), value.trim()]),
  );
}

/** "Large / Red": the values in the seller's order; a variant without options is "Default". */
export function variantTitle(options: VariantOptions): string {
  const values = Object.values(options);
  return values.length > 0 ? values.join(' / ') : 'Default';
}

/** Identity of an option combination within a product: order- and case-insensitive. */
export function optionsKey(options: VariantOptions): string {
  return Object.entries(options)
    .map(([key, value]) => `${key}=${value.toLowerCase()}`)
    .sort()
    .join('&');
}
