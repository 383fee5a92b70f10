/** Every table of the cart schema (the migration CLI and the module both use this list). */
export const CART_ENTITIES = [];
