import pg from "pg";

/** The PostgreSQL server a benchmark creates its own database on (never the one it was given). */
export interface PostgresServer {
  /** Connection string of database `name` on that server. */
  urlFor(name: string): string;
  /** Runs one statement on the server's `postgres` database (CREATE / DROP DATABASE). */
  admin(statement: string): Promise<void>;
}

/** The server of `baseUrl` (default DATABASE_URL); exits with a clear message when there is none. */
export const postgresServer = (baseUrl: string | undefined = process.env.DATABASE_URL): PostgresServer => {
  if (!baseUrl) {
    console.error("DATABASE_URL is not set: this benchmark needs a PostgreSQL server (e.g. DATABASE_URL=postgres://postgres@127.0.0.1:5432/test)");
    process.exit(2);
  }
  const urlFor = (name: string): string => {
    const url = new URL(baseUrl);
    url.pathname = `/${name}`;
    return url.toString();
  };
  return {
    urlFor,
    async admin(statement) {
      const client = new pg.Client({ connectionString: urlFor("postgres") });
      await client.connect();
      try {
        await client.query(statement);
      } finally {
        await client.end();
      }
    },
  };
};
