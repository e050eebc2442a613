// `npm run test:pg` runs the database suite against a PostgreSQL server; without DATABASE_URL
// it would silently fall back to the embedded one, so refuse instead.
if (!process.env.DATABASE_URL) {
  console.error(
    'test:pg needs DATABASE_URL, e.g. DATABASE_URL=postgres://postgres@127.0.0.1:5433/postgres',
  );
  process.exit(2);
}
