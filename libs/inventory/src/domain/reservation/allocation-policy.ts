import { InvalidReservationError } from './reservation.errors';

/** A warehouse's stock of one variant, as reserving sees it. */
export interface StockCandidate {
  warehouseId: string;
  priority: number;
  available: number;
}

export interface Allocation {
  warehouseId: string;
  quantity: number;
}

export interface LineRequest {
  shopId: string;
  variantId: string;
  quantity: number;
}

/**
 * One line per (shop, variant), in the order stock locks are taken (see lockKey). Refuses an
 * empty request and quantities that are not positive whole numbers.
 */
export function mergeLines(lines: readonly LineRequest[]): LineRequest[] {
  if (lines.length === 0) throw new InvalidReservationError('a reservation needs lines');
  const merged = new Map<string, LineRequest>();
  for (const line of lines) {
    if (!Number.isInteger(line.quantity) || line.quantity <= 0) {
      throw new InvalidReservationError(`quantity of ${line.variantId} must be a positive integer`);
    }
    const key = lockKey(line);
    const existing = merged.get(key);
    merged.set(key, { ...line, quantity: (existing?.quantity ?? 0) + line.quantity });
  }
  return [...merged.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([, line]) => line);
}

/** The one order every writer locks a shop's variant stock in, so no two can deadlock. */
export function lockKey(key: { shopId: string; variantId: string }): string {
  return `${key.shopId}:${key.variantId}`;
}

/**
 * Where to take `quantity` units from: the first warehouse by priority (lower first, then by id)
 * that can cover the whole line alone, so it ships as one parcel; otherwise split greedily in
 * priority order. Null when all the candidates together hold too little.
 */
export function allocate(
  quantity: number,
  candidates: readonly StockCandidate[],
): Allocation[] | null {
  const ordered = candidates
    .filter((c) => c.available > 0)
    .sort((a, b) => a.priority - b.priority || a.warehouseId.localeCompare(b.warehouseId));
  const whole = ordered.find((c) => c.available >= quantity);
  if (whole) return [{ warehouseId: whole.warehouseId, quantity }];
  const allocations: Allocation[] = [];
  let remaining = quantity;
  for (const candidate of ordered) {
    if (remaining === 0) break;
    const take = Math.min(candidate.available, remaining);
    allocations.push({ warehouseId: candidate.warehouseId, quantity: take });
    remaining -= take;
  }
  return remaining === 0 ? allocations : null;
}
