import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { TransactionPropagation } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/postgresql';
import {
  Allocation,
  allocate,
  LineRequest,
  mergeLines,
} from '../../../domain/reservation/allocation-policy';
import { ReservableStock } from '../../../domain/reservation/reservable-stock';
import { StockReservation } from '../../../domain/reservation/stock-reservation.aggregate';
import { StockReservationRepository } from '../../../domain/reservation/stock-reservation.repository';
import { StockMovement } from '../../../domain/stock/stock-movement.entity';
import { InsufficientStockError, Shortage } from '../../../domain/stock/stock.errors';
import { ReserveStockCommand } from './reserve-stock.command';

/**
 * In one transaction, per line (in lock order): lock the shop's stock of the variant, pick
 * active warehouses by priority, and take the units with a conditional update that can never
 * reserve more than is available. One short line rolls everything back. Inside a caller's
 * transaction (checkout) it joins it without a savepoint: the caller rolls back on any failure.
 */
@CommandHandler(ReserveStockCommand)
export class ReserveStockHandler implements ICommandHandler<ReserveStockCommand> {
  constructor(
    private readonly em: EntityManager,
    private readonly stock: ReservableStock,
    private readonly reservations: StockReservationRepository,
  ) {}

  execute({
    reference,
    expiresAt,
    lines,
  }: ReserveStockCommand): Promise<{ reservationId: string }> {
    const requested = mergeLines(lines);
    return this.em.transactional(
      async () => {
        const now = new Date();
        const reserved: (LineRequest & { allocations: Allocation[] })[] = [];
        const availability: { shopId: string; variantId: string; available: number }[] = [];
        const shortages: Shortage[] = [];
        for (const line of requested) {
          const candidates = await this.stock.lockCandidates(line.shopId, line.variantId);
          const available = candidates.reduce((sum, c) => sum + c.available, 0);
          const allocations = allocate(line.quantity, candidates);
          if (!allocations || !(await this.takeAll(line.variantId, allocations))) {
            const { shopId, variantId, quantity } = line;
            shortages.push({ shopId, variantId, requested: quantity, available });
            continue;
          }
          reserved.push({ ...line, allocations });
          const { shopId, variantId, quantity } = line;
          availability.push({ shopId, variantId, available: available - quantity });
        }
        if (shortages.length > 0) throw InsufficientStockError.forLines(shortages);
        const reservation = StockReservation.reserve({
          reference,
          expiresAt,
          lines: reserved,
          now,
        });
        reservation.announceAvailability(availability);
        const movements = reserved.flatMap((line) =>
          line.allocations.map((a) =>
            StockMovement.record({
              warehouseId: a.warehouseId,
              variantId: line.variantId,
              kind: 'reservation',
              reservedDelta: a.quantity,
              reference: reservation.reference,
              now,
            }),
          ),
        );
        this.reservations.save(reservation, movements);
        return { reservationId: reservation.id };
      },
      { propagation: TransactionPropagation.REQUIRED },
    );
  }

  /** Conditional updates; false if any warehouse no longer had its share (then all rolls back). */
  private async takeAll(variantId: string, allocations: Allocation[]): Promise<boolean> {
    for (const { warehouseId, quantity } of allocations) {
      if (!(await this.stock.reserve(warehouseId, variantId, quantity))) return false;
    }
    return true;
  }
}
