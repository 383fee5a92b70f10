import { NotFoundError } from '@pasar/shared/domain';

export const warehouseNotFound = (id?: string) =>
  new NotFoundError('INVENTORY.WAREHOUSE_NOT_FOUND', 'Warehouse', id);
export const shopNotFound = (id?: string) =>
  new NotFoundError('INVENTORY.SHOP_NOT_FOUND', 'Shop', id);
