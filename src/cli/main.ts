/**
 * `newsgraph`: the command line. The only place that prints, exits or writes files; all
 * the work is done by the library it calls.
 */
import { readFileSync } from 'node:fs';
import { Command, CommanderError, InvalidArgumentError } from 'commander';
import { ExitCode, UserError } from './exit-codes.js';
import { runBuild } from './build.js';
import { runNer } from './ner.js';

const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string; description: string };

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

  cli.command('build')
    .description('read news articles and write the knowledge graph: graph.json, graph.gexf and import.cypher')
    .argument('<inputs...>', 'article files or folders (.txt .md .html .json .jsonl; folders are read recursively, in sorted order)')
    .option('-o, --out <dir>', 'folder to write the outputs to', 'out')
    .option('-q, --quiet', 'print nothing but errors')
    .option('--strict', `exit with code ${ExitCode.Warnings} when any input was skipped`)
    .option('--layout-iterations <n>', 'ForceAtlas2 iterations for node positions (0: keep the seeded start positions)', positiveInt, 150)
    .addHelpText('after', `
Outputs (see shared/spec/graph-model.md for the graph contract):
  graph.json     graphology serialisation: nodes, edges, attributes, evidence
  graph.gexf     GEXF 1.3 for Gephi, with colours, sizes and positions
  import.cypher  idempotent Cypher (constraints, then MERGEs) for cypher-shell -f

Examples:
  newsgraph build seeds --out out
  newsgraph build articles/ extra.jsonl -o graph --quiet`)
    .action(runBuild);

  cli.command('ner')
    .description('tag pre-tokenised sentences with PER, LOC and ORG (IOB), for scoring against CoNLL gold')
    .requiredOption('--conll <file>', 'CoNLL input: one token a line (first column), a blank line between sentences')
    .addHelpText('after', `
Prints "TOKEN TAG" lines in the input's order, sentences separated by a blank line:
  newsgraph ner --conll dev.txt > pred.txt
  node ../shared/eval/conll-score.mjs dev.txt pred.txt`)
    .action(runNer);
  return cli;
}

export async function main(argv: readonly string[]): Promise<number> {
  try {
    await program().parseAsync(argv as string[], { from: 'user' });
    return process.exitCode === undefined ? ExitCode.Ok : Number(process.exitCode);
  } catch (e) {
    if (e instanceof CommanderError) return e.exitCode === 0 ? ExitCode.Ok : ExitCode.Usage;
    if (e instanceof UserError) {
      process.stderr.write(`newsgraph: ${e.message}\n`);
      return e.exitCode;
    }
    const err = e as Error;
    process.stderr.write(process.env.DEBUG?.includes('newsgraph') ? `${err.stack}\n` : `newsgraph: internal error: ${err.message} (set DEBUG=newsgraph for details)\n`);
    return ExitCode.Failure;
  }
}

main(process.argv.slice(2)).then((code) => { process.exitCode = code; });
