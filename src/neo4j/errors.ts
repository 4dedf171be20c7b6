/**
 * Errors from talking to Neo4j, each with a stable `code`, whether trying again may help
 * (`retriable`), and a one-line message fit to show a user. Credentials never appear in them.
 */
import { escapeControls } from '../controls.js';

export type Neo4jErrorCode =
  'unreachable' | 'unauthorized' | 'rate-limited' | 'database-not-found' | 'forbidden' | 'query' | 'server' | 'setup';

export class NewsgraphNeo4jError extends Error {
  constructor(
    readonly code: Neo4jErrorCode,
    message: string,
    readonly retriable = false,
  ) {
    super(message);
    this.name = 'NewsgraphNeo4jError';
  }
}

interface DriverError {
  code?: string;
  message?: string;
  retriable?: boolean;
}

export const READ_ONLY_HINT = 'and queries run read-only: add --write to allow it';

/** Turns a neo4j-driver error into a one-line, credential-free error that says what to do. */
export function explain(error: unknown, uri: string, database?: string, user?: string): NewsgraphNeo4jError {
  if (error instanceof NewsgraphNeo4jError) return error;
  const e = (error ?? {}) as DriverError;
  const code = e.code ?? '';
  if (
    code === 'ServiceUnavailable' ||
    code === 'SessionExpired' ||
    /ECONNREFUSED|ENOTFOUND|EHOSTUNREACH|Could not perform discovery|Failed to connect/i.test(e.message ?? '')
  ) {
    return new NewsgraphNeo4jError(
      'unreachable',
      `cannot reach Neo4j at ${uri}: is it running? (npx newsgraph neo4j start, or docker compose up -d --wait)`,
      true,
    );
  }
  if (code === 'Neo.ClientError.Security.Unauthorized') return unauthorized(uri);
  if (code === 'Neo.ClientError.Security.AuthenticationRateLimit') {
    return new NewsgraphNeo4jError(
      'rate-limited',
      `Neo4j at ${uri} refuses logins${user ? ` as ${user}` : ''} for now: too many wrong passwords in a row lock the user for a while (dbms.security.auth_lock_time, 5 s by default); try again then, with the right password`,
      true,
    );
  }
  if (code === 'Neo.ClientError.Database.DatabaseNotFound') {
    return new NewsgraphNeo4jError(
      'database-not-found',
      `Neo4j at ${uri} has no database "${database ?? 'neo4j'}" (Community edition has only "neo4j")`,
    );
  }
  if (code === 'Neo.ClientError.Statement.AccessMode' || code.startsWith('Neo.ClientError.Security.Forbidden')) {
    return new NewsgraphNeo4jError('forbidden', `this query writes, ${READ_ONLY_HINT}`);
  }
  if (/only be executed in an implicit transaction/.test(e.message ?? '')) {
    return new NewsgraphNeo4jError(
      'forbidden',
      `CALL { … } IN TRANSACTIONS needs an implicit transaction, which only --write gives: add --write to allow it`,
    );
  }
  if (code.startsWith('Neo.ClientError.Statement')) {
    return new NewsgraphNeo4jError('query', `Neo4j rejected the query: ${firstLine(e.message)}`);
  }
  return new NewsgraphNeo4jError(
    'server',
    `Neo4j error${code ? ` ${code}` : ''}: ${firstLine(e.message)}`,
    !!e.retriable,
  );
}

export const unauthorized = (uri: string) =>
  new NewsgraphNeo4jError(
    'unauthorized',
    `Neo4j at ${uri} refused the user name or password (set --user/--password or NEO4J_USERNAME/NEO4J_PASSWORD)`,
  );

// Server messages can quote stored values: shown with their control characters escaped.
const firstLine = (s?: string) => escapeControls((s ?? 'unknown error').split('\n')[0].trim());
