/** A Postgres array literal, e.g. `{a,b}`, for `?::uuid[]` / `?::text[]` parameters. */
export const pgArray = (values: readonly string[]): string => `{${values.join(',')}}`;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The category ids of a materialized path "/<rootId>/<childId>/", root first. */
export const categoryIdsOf = (path: string): string[] =>
  path.split('/').filter((part) => UUID.test(part));
