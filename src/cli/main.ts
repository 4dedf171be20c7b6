/**
 * `newsgraph`: the command line. The only place that prints, exits or writes files; all
 * the work is done by the library it calls.
 */
import { readFileSync } from 'node:fs';
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { NewsgraphNeo4jError } from '../neo4j/errors.js';
import { ExitCode, UserError } from './exit-codes.js';
import { runBuild } from './build.js';
import { escapeControls } from '../controls.js';
import { CACHE_FOLDER } from './cache.js';
import { DEFAULT_JOBS, MIN_BYTES_FOR_WORKERS, MIN_FILES_FOR_WORKERS } from '../workers.js';
import { BUILD_FORMATS, defaultPath, FORMAT_NAMES, OUTPUT_FORMATS } from '../export/formats.js';
import { DEFAULT_LANGUAGE, LANGUAGES } from '../lang/index.js';
import { DEFAULT_LAYOUT } from '../graph/layout.js';
import { runNer } from './ner.js';
import { runExport } from './export.js';
import { runView } from './view.js';

/** The Neo4j commands, loaded when one runs: loading neo4j-driver is a cost a build or an export need not pay (bench/decisions.md). */
const neo4jCommands = () => import('./neo4j.js');
type Neo4jCommands = Awaited<ReturnType<typeof neo4jCommands>>;
type Neo4jCommandName = 'runServer' | 'runLoad' | 'runUnload' | 'runQueryCommand';

/** The action of a Neo4j command, its module loaded when it runs. */
function neo4jCommand<K extends Neo4jCommandName>(name: K) {
  return async (...args: Parameters<Neo4jCommands[K]>): Promise<void> => {
    const run = (await neo4jCommands())[name] as (...a: Parameters<Neo4jCommands[K]>) => Promise<void>;
    await run(...args);
  };
}

const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
  version: string;
  description: string;
};

export function positiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new InvalidArgumentError('expected a whole number, 0 or more');
  return n;
}

function program(): Command {
  const cli = new Command('newsgraph')
    .description(pkg.description)
    .version(pkg.version)
    .showHelpAfterError('(run with --help for usage)')
    .exitOverride();

  const connection = (c: Command) =>
    c
      .option(
        '--uri <uri>',
        'Bolt URI, bolt:// or neo4j:// (env NEO4J_URI; default: the local server while it runs, else bolt://localhost:7687)',
        undefined,
      )
      .option('--user <name>', 'user name (env NEO4J_USERNAME; default neo4j)')
      .option('--password <password>', "password (env NEO4J_PASSWORD; default: the local server's, if started here)")
      .option('--database <name>', "database (env NEO4J_DATABASE; default: the server's default)");

  connection(
    cli
      .command('build')
      .description(`read news articles and write the knowledge graph: ${BUILD_FORMATS.map((f) => f.file).join(', ')}`)
      .argument(
        '<inputs...>',
        'article files or folders (.txt .md .html .json .jsonl; folders are read recursively, in sorted order)',
      )
      .option('-o, --out <dir>', 'folder to write the outputs to', 'out')
      .option('-q, --quiet', 'print nothing but errors')
      .option('--strict', `exit with code ${ExitCode.Warnings} when any input was skipped`)
      .option(
        '--layout-iterations <n>',
        `ForceAtlas2 iterations for node positions (default: ${DEFAULT_LAYOUT.iterations}, fewer on large graphs so the layout stays within about 20 s; 0: keep the seeded start positions)`,
        positiveInt,
      )
      .option(
        '-j, --jobs <n>',
        `worker threads for extraction, used from ${MIN_FILES_FOR_WORKERS} files to extract (default: one per core, ${DEFAULT_JOBS} here, for ${MIN_BYTES_FOR_WORKERS / 1048576} MB or more to extract; less runs quicker on the main thread alone)`,
        positiveInt,
      )
      .option('--no-cache', `extract every file again, ignoring ${CACHE_FOLDER}/ in the output folder`)
      .addOption(
        new Option('--lang <code>', "the articles' language").choices(Object.keys(LANGUAGES)).default(DEFAULT_LANGUAGE),
      )
      .option('--corpus <name>', "name of this corpus in Neo4j (default: the first input's name)")
      .option('--load', 'also load the graph into Neo4j (see newsgraph load)')
      .option('--replace', 'with --load: remove this corpus from Neo4j first'),
  )
    .addHelpText(
      'after',
      `
Outputs (see shared/spec/graph-model.md for the graph contract):
${BUILD_FORMATS.map((f) => `  ${f.file.padEnd(14)} ${f.description}`).join('\n')}

A rebuild into the same folder extracts only new and changed files: the rest comes from
${CACHE_FOLDER}/ there (keyed by each file's name and content), and the output is the
same as a clean build's.

Examples:
  newsgraph build seeds --out out
  newsgraph build articles/ extra.jsonl -o graph --quiet`,
    )
    .action(runBuild);

  cli
    .command('ner')
    .description('tag pre-tokenised sentences with PER, LOC and ORG (IOB), for scoring against CoNLL gold')
    .requiredOption('--conll <file>', 'CoNLL input: one token a line (first column), a blank line between sentences')
    .addHelpText(
      'after',
      `
Prints "TOKEN TAG" lines in the input's order, sentences separated by a blank line:
  newsgraph ner --conll dev.txt > pred.txt
  node ../shared/eval/conll-score.mjs dev.txt pred.txt`,
    )
    .action(runNer);

  cli
    .command('export')
    .description(
      'write a built graph.json in another format: GEXF (Gephi), GraphML, CSV for neo4j-admin import, Cypher or JSON',
    )
    .argument('[graph]', 'the graph.json to export', 'out/graph.json')
    .addOption(new Option('-f, --format <format>', 'output format').choices(FORMAT_NAMES).makeOptionMandatory())
    .option(
      '-o, --out <path>',
      `file to write (csv: folder); default beside the graph: ${Object.values(OUTPUT_FORMATS).map(defaultPath).join(', ')}`,
    )
    .option('-q, --quiet', 'print nothing but errors')
    .addHelpText(
      'after',
      `
GEXF is a dynamic graph: Gephi's timeline filters events and their edges by date.
CSV is the bulk path into a new Neo4j database: one file per label and relationship type,
and import.sh with the neo4j-admin database import full command.
  npx newsgraph export out/graph.json --format graphml
  npx newsgraph export out/graph.json --format csv --out out/csv && sh out/csv/import.sh`,
    )
    .action(runExport);

  cli
    .command('view')
    .description('serve the viewer over an output folder on 127.0.0.1 and print its URL')
    .argument('[dir]', 'folder with graph.json (and graph.gexf)', 'out')
    .option('--port <port>', 'port to listen on (the next free one if taken)', positiveInt, 4173)
    .action(runView);

  cli
    .command('neo4j')
    .description(
      'run a local Neo4j Community 5.26 server without Docker (fetched once from Maven Central; needs Java 17+ and Maven)',
    )
    .argument(
      '<action>',
      'start, stop, status, or import (bulk CSV from newsgraph export --format csv into a new database, server stopped; then starts it and applies the schema)',
    )
    .option('--csv <dir>', 'for import: the CSV folder', 'out/csv')
    .option(
      '--cache-dir <dir>',
      'where the jars, data and password live (default .cache/neo4j, or NEWSGRAPH_CACHE_DIR/neo4j)',
    )
    .option('--bolt-port <port>', 'Bolt port on 127.0.0.1 (default: the one it last ran on, else 7687)', positiveInt)
    .option(
      '--http-port <port>',
      'HTTP and Browser port on 127.0.0.1 (default: the one it last ran on, else 7474)',
      positiveInt,
    )
    .option('--heap <size>', 'maximum Java heap', '1g')
    .addHelpText(
      'after',
      `
The server listens on 127.0.0.1 only, with authentication on; LOAD CSV's file: URLs reach its
import folder only. Its password is NEO4J_PASSWORD if set when it first starts, else a generated
one; either is kept in the cache folder (mode 600), and while it runs load and query use its
address and password by themselves.
  npx newsgraph neo4j start && npx newsgraph load && npx newsgraph query --name who-met`,
    )
    .action(neo4jCommand('runServer'));

  connection(
    cli
      .command('load')
      .description(
        'load graph.json into Neo4j: schema, then nodes and relationships in batches; loading twice changes nothing',
      )
      .argument('[graph]', 'the graph.json to load', 'out/graph.json')
      .option('--replace', "remove this corpus's nodes and relationships first (and nothing else)")
      .option('--batch-size <n>', 'rows per transaction', positiveInt, 1000)
      .option('-q, --quiet', 'print nothing but errors'),
  )
    .addHelpText(
      'after',
      `
Neo4j has no map properties: an edge's evidence is stored as parallel lists, evidenceDocs,
evidenceSentences, evidenceTexts and evidenceCorpora. Every node and relationship lists its
corpora in corpora; one that several corpora have also keeps each corpus's own properties as
NAME@CORPUS (see the README, "Several corpora in one database").`,
    )
    .action(neo4jCommand('runLoad'));

  connection(
    cli
      .command('unload')
      .description(
        'remove a corpus from Neo4j: what only it has goes, what other corpora also have goes back to what they say',
      )
      .argument('<corpus>', 'the corpus name (as load printed it)')
      .option('-q, --quiet', 'print nothing but errors'),
  ).action(neo4jCommand('runUnload'));

  connection(
    cli
      .command('query')
      .description('run Cypher against Neo4j (read-only unless --write), or a named query from cypher/queries')
      .argument('[cypher]', 'the Cypher to run')
      .option('--name <name>', 'run a named query from the library')
      .option('--list', 'list the named queries and their parameters')
      .option(
        '--param <name=value>',
        'a query parameter (repeatable)',
        (v: string, acc: string[]) => [...acc, v],
        [] as string[],
      )
      .addOption(new Option('--format <format>', 'output format').choices(['table', 'json', 'csv']).default('table'))
      .option(
        '--write',
        'allow the query to write or administer (TERMINATE TRANSACTIONS, users…); runs in an implicit transaction, so CALL { … } IN TRANSACTIONS works',
      ),
  )
    .addHelpText(
      'after',
      `
Examples:
  npx newsgraph query --list
  npx newsgraph query --name who-met --param person=Putin
  npx newsgraph query "MATCH (p:Person) RETURN p.label LIMIT 5" --format csv

The table fits the terminal (or COLUMNS): long values wrap, and records print vertically when
the columns cannot fit side by side; nothing is cut. Control characters are shown escaped in the
table, in JSON (\\u escapes) and in CSV printed to a terminal; CSV redirected to a file keeps
every value exactly.`,
    )
    .action(neo4jCommand('runQueryCommand'));
  return cli;
}

export async function main(argv: readonly string[]): Promise<number> {
  try {
    await program().parseAsync(argv as string[], { from: 'user' });
    return process.exitCode === undefined ? ExitCode.Ok : Number(process.exitCode);
  } catch (e) {
    if (e instanceof CommanderError) return e.exitCode === 0 ? ExitCode.Ok : ExitCode.Usage;
    if (e instanceof UserError || e instanceof NewsgraphNeo4jError) {
      process.stderr.write(`newsgraph: ${escapeControls(e.message)}\n`);
      return e instanceof UserError ? e.exitCode : ExitCode.Failure;
    }
    const err = e as Error;
    process.stderr.write(
      process.env.DEBUG?.includes('newsgraph')
        ? `${err.stack}\n`
        : `newsgraph: internal error: ${escapeControls(err.message)} (set DEBUG=newsgraph for details)\n`,
    );
    return ExitCode.Failure;
  }
}

// Output piped into a reader that stops early (`newsgraph build --help | head`) is not an error.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(ExitCode.Ok);
  else throw e;
});
main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
