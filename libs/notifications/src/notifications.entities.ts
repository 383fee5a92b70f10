/** Every table of the notifications schema (the migration CLI and the module both use this list). */
export const NOTIFICATIONS_ENTITIES = [];
