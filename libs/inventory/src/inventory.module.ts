import { Module } from '@nestjs/common';
import { MikroOrmModule } from '@mikro-orm/nestjs';
import { AdjustStockHandler } from './application/commands/adjust-stock/adjust-stock.handler';
import { CommitReservationHandler } from './application/commands/commit-reservation/commit-reservation.handler';
import { ExpireDueReservationsHandler } from './application/commands/expire-due-reservations/expire-due-reservations.handler';
import { ExpireReservationHandler } from './application/commands/expire-reservation/expire-reservation.handler';
import { OpenWarehouseHandler } from './application/commands/open-warehouse/open-warehouse.handler';
import { ReceiveStockHandler } from './application/commands/receive-stock/receive-stock.handler';
import { ReleaseReservationHandler } from './application/commands/release-reservation/release-reservation.handler';
import { ReserveStockHandler } from './application/commands/reserve-stock/reserve-stock.handler';
import { ReturnStockHandler } from './application/commands/return-stock/return-stock.handler';
import { ReviseWarehouseHandler } from './application/commands/revise-warehouse/revise-warehouse.handler';
import { TransferStockHandler } from './application/commands/transfer-stock/transfer-stock.handler';
import { GetSellableStockHandler } from './application/queries/get-sellable-stock/get-sellable-stock.handler';
import { GetVariantStockHandler } from './application/queries/get-variant-stock/get-variant-stock.handler';
import { GetWarehouseHandler } from './application/queries/get-warehouse/get-warehouse.handler';
import { ListStockMovementsHandler } from './application/queries/list-stock-movements/list-stock-movements.handler';
import { ListWarehouseStockHandler } from './application/queries/list-warehouse-stock/list-warehouse-stock.handler';
import { ListWarehousesHandler } from './application/queries/list-warehouses/list-warehouses.handler';
import { ReservationSettler } from './application/services/reservation-settler';
import { ShopAccess } from './application/services/shop-access';
import { StockDesk } from './application/services/stock-desk';
import { StockController } from './api/stock.controller';
import { WarehousesController } from './api/warehouses.controller';
import { ReservableStock } from './domain/reservation/reservable-stock';
import { StockReservationRepository } from './domain/reservation/stock-reservation.repository';
import { StockLevelRepository } from './domain/stock/stock-level.repository';
import { WarehouseRepository } from './domain/warehouse/warehouse.repository';
import { ReservationExpiryQueueModule } from './infrastructure/jobs/reservation-expiry.queue';
import { MikroOrmStockLevelRepository } from './infrastructure/persistence/mikro-orm-stock-level.repository';
import { MikroOrmStockReservationRepository } from './infrastructure/persistence/mikro-orm-stock-reservation.repository';
import { MikroOrmWarehouseRepository } from './infrastructure/persistence/mikro-orm-warehouse.repository';
import { SqlReservableStock } from './infrastructure/persistence/sql-reservable-stock';
import { INVENTORY_ENTITIES } from './inventory.entities';

@Module({
  // The expiry queue is registered wherever the context runs, so the api shows it in Bull Board;
  // only InventoryJobsModule (the worker) schedules and processes its jobs.
  imports: [MikroOrmModule.forFeature([...INVENTORY_ENTITIES]), ReservationExpiryQueueModule],
  controllers: [WarehousesController, StockController],
  providers: [
    { provide: WarehouseRepository, useClass: MikroOrmWarehouseRepository },
    { provide: StockLevelRepository, useClass: MikroOrmStockLevelRepository },
    { provide: StockReservationRepository, useClass: MikroOrmStockReservationRepository },
    { provide: ReservableStock, useClass: SqlReservableStock },
    ShopAccess,
    StockDesk,
    ReservationSettler,
    OpenWarehouseHandler,
    ReviseWarehouseHandler,
    ReceiveStockHandler,
    AdjustStockHandler,
    TransferStockHandler,
    ReserveStockHandler,
    CommitReservationHandler,
    ReleaseReservationHandler,
    ExpireReservationHandler,
    ExpireDueReservationsHandler,
    ReturnStockHandler,
    GetWarehouseHandler,
    ListWarehousesHandler,
    GetVariantStockHandler,
    GetSellableStockHandler,
    ListWarehouseStockHandler,
    ListStockMovementsHandler,
  ],
})
export class InventoryModule {}
