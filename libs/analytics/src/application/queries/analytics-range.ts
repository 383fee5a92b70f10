/**
 * A date range of UTC days, both ends included, on the day an order was placed: every figure
 * of a report is about the same cohort of orders, whatever happened to them later.
 */
export interface AnalyticsRange {
  from: string;
  to: string;
}

/** The SQL filter (on an `s` alias of analytics.shop_orders) and its two parameters. */
export const IN_RANGE = `(s.placed_at at time zone 'UTC')::date between ?::date and ?::date`;

/** Paid and not cancelled afterwards: what was actually sold. */
export const SOLD = `s.paid_at is not null and s.cancelled_at is null`;

/** Refunds that went to a ShopOrder (reference = its id). */
export const REFUNDED = `coalesce((select sum(r.amount) from analytics.refunds r
  where r.reference = s.shop_order_id::text), 0)`;

export const ratio = (part: number, whole: number): number =>
  whole === 0 ? 0 : Math.round((part / whole) * 10_000) / 10_000;
