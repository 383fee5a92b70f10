/** Every table of the analytics schema (the migration CLI and the module both use this list). */
export const ANALYTICS_ENTITIES = [];
