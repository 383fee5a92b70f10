/** Every table of the reviews schema (the migration CLI and the module both use this list). */
export const REVIEWS_ENTITIES = [];
