/** Every table of the inventory schema (the migration CLI and the module both use this list). */
export const INVENTORY_ENTITIES = [];
