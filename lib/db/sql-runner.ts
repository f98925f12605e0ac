// The minimal raw-SQL surface shared by node-postgres and PGlite.
export type SqlRow = Record<string, unknown>;

export type SqlExecutor = {
  /** One parameterised statement. */
  query(text: string, params?: readonly unknown[]): Promise<SqlRow[]>;
  /** A script of several statements, no parameters (migrations). */
  exec(text: string): Promise<void>;
};

export type SqlRunner = SqlExecutor & {
  transaction<T>(work: (tx: SqlExecutor) => Promise<T>): Promise<T>;
};
