/** Every table of the shops schema (the migration CLI and the module both use this list). */
export const SHOPS_ENTITIES = [];
