import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { EntityManager } from '@mikro-orm/postgresql';
import { lockKey } from '../../../domain/reservation/allocation-policy';
import { reservationNotFound } from '../../../domain/reservation/reservation.errors';
import { StockReservationRepository } from '../../../domain/reservation/stock-reservation.repository';
import { StockLevelRepository } from '../../../domain/stock/stock-level.repository';
import { WarehouseRepository } from '../../../domain/warehouse/warehouse.repository';
import { availabilityAfter } from '../../services/availability';
import { ReturnStockCommand } from './return-stock.command';

/**
 * Under the reservation's row lock (taken first, as every settlement does), then the stock locks
 * of the shop's variants: marks the shop's allocations returned and puts their units back on hand
 * where they were sold from, one 'return' ledger row each. A repeat finds them returned already.
 */
@CommandHandler(ReturnStockCommand)
export class ReturnStockHandler implements ICommandHandler<ReturnStockCommand> {
  constructor(
    private readonly em: EntityManager,
    private readonly reservations: StockReservationRepository,
    private readonly levels: StockLevelRepository,
    private readonly warehouses: WarehouseRepository,
  ) {}

  execute({ reference, shopId }: ReturnStockCommand): Promise<void> {
    return this.em.transactional(async () => {
      const now = new Date();
      const reservation = await this.reservations.findByReferenceForUpdate(reference);
      if (!reservation) throw reservationNotFound(reference);
      const returned = reservation.returnShop(shopId, now);
      if (returned.length === 0) return;
      const keys = [...new Map(returned.map((a) => [lockKey(a), a])).values()].map((a) => ({
        shopId: a.shopId,
        variantId: a.variantId,
      }));
      const levels = await this.levels.lockVariants(keys);
      const ctx = { reference: reservation.reference, now };
      const movements = returned.map((a) => {
        const level = levels.find(
          (l) => l.warehouseId === a.warehouseId && l.variantId === a.variantId,
        );
        if (!level) throw new Error(`No stock level ${a.warehouseId}/${a.variantId}`);
        return level.takeBackSold(a.quantity, ctx);
      });
      const warehouses = await this.warehouses.findByShop(shopId);
      reservation.announceAvailability(availabilityAfter(keys, levels, warehouses));
      await this.levels.save(levels, movements);
      this.reservations.save(reservation, []);
    });
  }
}
