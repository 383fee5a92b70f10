import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { StockReservation } from '../../domain/reservation/stock-reservation.aggregate';
import { reservationNotFound } from '../../domain/reservation/reservation.errors';
import { StockReservationRepository } from '../../domain/reservation/stock-reservation.repository';
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
          const level = levels.find(
            (l) => l.warehouseId === warehouseId && l.variantId === line.variantId,
          );
          if (!level) throw new Error(`No stock level ${warehouseId}/${line.variantId}`);
          return sold ? level.sellReserved(quantity, ctx) : level.releaseReserved(quantity, ctx);
        }),
      );
      const warehouses = [];
      for (const shopId of new Set(lines.map((line) => line.shopId))) {
        warehouses.push(...(await this.warehouses.findByShop(shopId)));
      }
      reservation.announceAvailability(availabilityAfter(lines, levels, warehouses));
      await this.levels.save(levels, movements);
      await this.reservations.save(reservation, []);
    });
  }
}
