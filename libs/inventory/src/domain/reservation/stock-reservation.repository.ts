import { StockMovement } from '../stock/stock-movement.entity';
import { StockReservation } from './stock-reservation.aggregate';

/** DI token and port; implemented with MikroORM in infrastructure/persistence. */
export abstract class StockReservationRepository {
  /** The reservation with its allocations, locked until the transaction ends. */
  abstract findByIdForUpdate(id: string): Promise<StockReservation | null>;
  /**
   * The reservation held for `reference` (its committed one if it has several), locked like
   * findByIdForUpdate.
   */
  abstract findByReferenceForUpdate(reference: string): Promise<StockReservation | null>;
  /**
   * Up to `limit` active reservations due at `now` (oldest deadline first), with their
   * allocations, locked; rows another transaction holds are skipped, not waited for.
   */
  abstract lockDue(now: Date, limit: number): Promise<StockReservation[]>;
  /**
   * Adds the reservation, with the ledger rows its stock changes wrote, to the surrounding
   * transaction, which writes them when it ends (every use case runs in one). Checkout thus
   * writes its reservation in the same flush as its order instead of a flush of its own.
   */
  abstract save(reservation: StockReservation, movements: StockMovement[]): void;
}
