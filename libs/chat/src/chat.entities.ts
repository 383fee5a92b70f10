/** Every table of the chat schema (the migration CLI and the module both use this list). */
export const CHAT_ENTITIES = [];
