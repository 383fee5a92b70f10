// The inventory context's public face. Other contexts and apps import only from here.
export { InventoryModule } from './inventory.module';
export { INVENTORY_ENTITIES } from './inventory.entities';
