import { InvalidShipmentError } from './shop-order.errors';

export const CARRIER_MAX = 60;
export const TRACKING_NUMBER_MAX = 100;

/** The shop's shipping method the buyer chose at checkout, copied, and what it cost them. */
export interface ShippingSelection {
  methodId: string;
  name: string;
  carrier: string;
  estimatedDaysMin: number;
  estimatedDaysMax: number;
  /** Minor units; 0 when free (above the method's threshold or by a promotion). */
  cost: number;
}

/** A shipment's carrier and tracking number, trimmed; both are required, within their lengths. */
export function checkedShipment(shipment: { carrier: string; trackingNumber: string }): {
  carrier: string;
  trackingNumber: string;
} {
  return {
    carrier: required(shipment.carrier, 'carrier', CARRIER_MAX),
    trackingNumber: required(shipment.trackingNumber, 'trackingNumber', TRACKING_NUMBER_MAX),
  };
}

function required(value: string, field: 'carrier' | 'trackingNumber', max: number): string {
  const trimmed = (value ?? '').trim();
  if (trimmed.length === 0 || trimmed.length > max) throw new InvalidShipmentError(field, max);
  return trimmed;
}
