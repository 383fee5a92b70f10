// Integration events of the inventory context: their type strings and payloads. They leave through
// the outbox and arrive as BullMQ jobs named by `type` (queue `domain-events`).

export const STOCK_RESERVED = 'inventory.stock-reserved';
export const RESERVATION_COMMITTED = 'inventory.reservation-committed';
export const RESERVATION_RELEASED = 'inventory.reservation-released';
export const RESERVATION_EXPIRED = 'inventory.reservation-expired';
export const AVAILABILITY_CHANGED = 'inventory.availability-changed';

export interface ReservedLinePayload {
  shopId: string;
  variantId: string;
  quantity: number;
  allocations: { warehouseId: string; quantity: number }[];
}

/** A reservation holds stock until `expiresAt` (ISO 8601); expire it then unless committed. */
export interface StockReservedPayload {
  reservationId: string;
  reference: string;
  expiresAt: string;
  lines: ReservedLinePayload[];
}

/** The reservation left `active`: committed (sold), released, or expired. */
export interface ReservationSettledPayload {
  reservationId: string;
  reference: string;
}

/**
 * What a shop can still sell of a variant: on hand − reserved summed over the shop's ACTIVE
 * warehouses, after the change that emitted it. Emitted once per (shop, variant) a command changed.
 */
export interface AvailabilityChangedPayload {
  shopId: string;
  variantId: string;
  available: number;
}
