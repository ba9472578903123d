import "server-only";
import { db, type Db } from "../client";

/**
 * A query that drizzle builds once per connection instead of on every call: turning the query
 * builder into SQL cost more than SQLite running it, on every turn (bench figure 1). Values go in
 * through `sql.placeholder()`; the cache follows `db()`, so tests that swap databases get their own.
 */
export function preparedQuery<Query>(build: (database: Db) => Query): () => Query {
  const built = new WeakMap<Db, Query>();
  return () => {
    const database = db();
    let query = built.get(database);
    if (query === undefined) {
      query = build(database);
      built.set(database, query);
    }
    return query;
  };
}
