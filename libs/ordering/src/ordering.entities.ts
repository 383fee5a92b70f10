/** Every table of the ordering schema (the migration CLI and the module both use this list). */
export const ORDERING_ENTITIES = [];
