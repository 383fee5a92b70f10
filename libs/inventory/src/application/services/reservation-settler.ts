import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { StockReservation } from '../../domain/reservation/stock-reservation.aggregate';
import { reservationNotFound } from '../../domain/reservation/reservation.errors';
import { StockReservationRepository } from '../../domain/reservation/stock-reservation.repository';
import { StockLevel } from '../../domain/stock/stock-level.entity';
import { StockLevelRepository } from '../../domain/stock/stock-level.repository';
import { WarehouseRepository } from '../../domain/warehouse/warehouse.repository';
import { availabilityAfter } from './availability';

/**
 * Ends a reservation once (commit, release or expire) and moves its stock in the same
 * transaction: a sale takes the units off the shelf, anything else gives them back. The
 * reservation row lock makes racing settlements (payment vs expiry) take turns; the loser finds
 * a final state and either does nothing (same outcome) or is refused.
 */
@Injectable()
export class ReservationSettler {
  constructor(
    private readonly em: EntityManager,
    private readonly reservations: StockReservationRepository,
    private readonly levels: StockLevelRepository,
    private readonly warehouses: WarehouseRepository,
  ) {}

  /**
   * Expires due reservations in one transaction and one flush: the same domain transitions and
   * ledger rows as `settle`, with the stock of all of them locked at once (in lock order).
   */
  expireDue(limit: number): Promise<number> {
    return this.em.transactional(async () => {
      const now = new Date();
      const due = (await this.reservations.lockDue(now, limit)).filter((r) => r.expire(now));
      if (due.length === 0) return 0;
      const lines = due.flatMap((reservation) => reservation.lines);
      const levels = await this.levels.lockVariants(lines);
      const movements = due.flatMap((reservation) =>
        reservation.lines.flatMap((line) =>
          line.allocations.map(({ warehouseId, quantity }) =>
            levelOf(levels, warehouseId, line.variantId).releaseReserved(quantity, {
              reference: reservation.reference,
              now,
            }),
          ),
        ),
      );
      const warehouses = [];
      for (const shopId of new Set(lines.map((line) => line.shopId))) {
        warehouses.push(...(await this.warehouses.findByShop(shopId)));
      }
      // Each (shop, variant) is announced once, by the first reservation that touched it, with
      // what is available after the whole batch.
      const announced = new Set<string>();
      for (const reservation of due) {
        const fresh = reservation.lines.filter((line) => {
          const key = `${line.shopId}:${line.variantId}`;
          return !announced.has(key) && announced.add(key);
        });
        reservation.announceAvailability(availabilityAfter(fresh, levels, warehouses));
      }
      await this.levels.save(levels, movements);
      await this.em.persist(due).flush();
      return due.length;
    });
  }

  settle(
    reservationId: string,
    transition: (reservation: StockReservation, now: Date) => boolean,
  ): Promise<void> {
    return this.em.transactional(async () => {
      const now = new Date();
      const reservation = await this.reservations.findByIdForUpdate(reservationId);
      if (!reservation) throw reservationNotFound(reservationId);
      if (!transition(reservation, now)) return;
      const sold = reservation.status === 'committed';
      const lines = reservation.lines;
      const levels = await this.levels.lockVariants(lines);
      const ctx = { reference: reservation.reference, now };
      const movements = lines.flatMap((line) =>
        line.allocations.map(({ warehouseId, quantity }) => {
          const level = levelOf(levels, warehouseId, line.variantId);
          return sold ? level.sellReserved(quantity, ctx) : level.releaseReserved(quantity, ctx);
        }),
      );
      const warehouses = [];
      for (const shopId of new Set(lines.map((line) => line.shopId))) {
        warehouses.push(...(await this.warehouses.findByShop(shopId)));
      }
      reservation.announceAvailability(availabilityAfter(lines, levels, warehouses));
      await this.levels.save(levels, movements);
      this.reservations.save(reservation, []);
    });
  }
}

function levelOf(
  levels: readonly StockLevel[],
  warehouseId: string,
  variantId: string,
): StockLevel {
  const level = levels.find((l) => l.warehouseId === warehouseId && l.variantId === variantId);
  if (!level) throw new Error(`No stock level ${warehouseId}/${variantId}`);
  return level;
}
