/** Every table of the catalog schema (the migration CLI and the module both use this list). */
export const CATALOG_ENTITIES = [];
