const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The order id an event refers to, or null when the reference cannot be an order's (other
 * contexts reserve stock and take payments under references of their own, e.g. in tests).
 */
export function orderIdIn(reference: unknown): string | null {
  return typeof reference === 'string' && UUID.test(reference) ? reference.toLowerCase() : null;
}
