/** Every table of the payments schema (the migration CLI and the module both use this list). */
export const PAYMENTS_ENTITIES = [];
