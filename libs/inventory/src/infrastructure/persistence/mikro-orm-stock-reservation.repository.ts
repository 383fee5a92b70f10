import { Injectable } from '@nestjs/common';
import { LockMode } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/postgresql';
import { StockReservation } from '../../domain/reservation/stock-reservation.aggregate';
import { StockReservationRepository } from '../../domain/reservation/stock-reservation.repository';
import { StockMovement } from '../../domain/stock/stock-movement.entity';

@Injectable()
export class MikroOrmStockReservationRepository extends StockReservationRepository {
  constructor(private readonly em: EntityManager) {
    super();
  }

  async findByIdForUpdate(id: string): Promise<StockReservation | null> {
    const reservation = await this.em.findOne(
      StockReservation,
      { id },
      { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true },
    );
    if (reservation) await this.em.populate(reservation, ['allocations'], { refresh: true });
    return reservation;
  }

  async findByReferenceForUpdate(reference: string): Promise<StockReservation | null> {
    const [row] = await this.em.execute<{ id: string }[]>(
      `select id from inventory.stock_reservations where reference = ?
        order by status = 'committed' desc, created_at desc limit 1`,
      [reference],
    );
    return row ? this.findByIdForUpdate(row.id) : null;
  }

  async lockDue(now: Date, limit: number): Promise<StockReservation[]> {
    const rows = await this.em.execute<{ id: string }[]>(
      `select id from inventory.stock_reservations
        where status = 'active' and expires_at <= ?
        order by expires_at, id limit ? for update skip locked`,
      [now, limit],
    );
    if (rows.length === 0) return [];
    return this.em.find(
      StockReservation,
      { id: { $in: rows.map((row) => row.id) } },
      { populate: ['allocations'], refresh: true },
    );
  }

  save(reservation: StockReservation, movements: StockMovement[]): void {
    this.em.persist([reservation, ...movements]);
  }
}
