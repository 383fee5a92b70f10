import { ReservationAllocation } from './domain/reservation/reservation-allocation.entity';
import { StockReservation } from './domain/reservation/stock-reservation.aggregate';
import { StockLevel } from './domain/stock/stock-level.entity';
import { StockMovement } from './domain/stock/stock-movement.entity';
import { WarehouseAddress } from './domain/warehouse/warehouse-address.vo';
import { Warehouse } from './domain/warehouse/warehouse.aggregate';

/** Every table of the inventory schema (the migration CLI and the module both use this list). */
export const INVENTORY_ENTITIES = [
  Warehouse,
  WarehouseAddress,
  StockLevel,
  StockMovement,
  StockReservation,
  ReservationAllocation,
];
