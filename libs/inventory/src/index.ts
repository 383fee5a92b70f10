// The inventory context's public face. Other contexts and apps import only from here.
export { InventoryModule } from './inventory.module';
export { InventoryJobsModule } from './inventory-jobs.module';
export { INVENTORY_ENTITIES } from './inventory.entities';
export * from './contracts/inventory.events';
export { ReserveStockCommand } from './application/commands/reserve-stock/reserve-stock.command';
export { CommitReservationCommand } from './application/commands/commit-reservation/commit-reservation.command';
export { ReleaseReservationCommand } from './application/commands/release-reservation/release-reservation.command';
export { ExpireReservationCommand } from './application/commands/expire-reservation/expire-reservation.command';
export type { LineRequest as ReservationLineRequest } from './domain/reservation/allocation-policy';
export { InsufficientStockError } from './domain/stock/stock.errors';
export {
  ReservationNotActiveError,
  ReservationNotCommittedError,
} from './domain/reservation/reservation.errors';
export { OpenWarehouseCommand } from './application/commands/open-warehouse/open-warehouse.command';
export { ReceiveStockCommand } from './application/commands/receive-stock/receive-stock.command';
export { GetSellableStockQuery } from './application/queries/get-sellable-stock/get-sellable-stock.query';
export type { SellableStock } from './application/queries/get-sellable-stock/get-sellable-stock.query';
export { ReturnStockCommand } from './application/commands/return-stock/return-stock.command';
export {
  RESERVATION_EXPIRY_QUEUE,
  RESERVATION_SWEEPER_QUEUE,
} from './infrastructure/jobs/reservation-expiry.queue';
export { InventoryGrpcModule } from './api/grpc/inventory-grpc.module';
