/**
 * Named Cypher queries kept as files (`cypher/queries/NAME.cypher`). A file opens with
 * comment lines: the first says what the query answers; `// @param NAME = DEFAULT: what it is`
 * declares a parameter, its default written as JSON.
 */

export interface QueryParam {
  readonly name: string;
  readonly description: string;
  readonly default?: string | number | boolean | null;
}

export interface NamedQuery {
  readonly name: string;
  readonly description: string;
  readonly params: readonly QueryParam[];
  readonly cypher: string;
}

const PARAM = /^\/\/\s*@param\s+(\w+)(?:\s*=\s*(.+?))?\s*:\s*(.+)$/;

export function parseNamedQuery(name: string, text: string): NamedQuery {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const header = lines.filter((l, i) => l.startsWith('//') && lines.slice(0, i).every((x) => x.startsWith('//')));
  const params = header.flatMap((l): QueryParam[] => {
    const m = PARAM.exec(l);
    if (!m) return [];
    return [
      {
        name: m[1],
        description: m[3],
        ...(m[2] !== undefined ? { default: JSON.parse(m[2]) as QueryParam['default'] } : {}),
      },
    ];
  });
  const description = header
    .filter((l) => !PARAM.test(l))
    .map((l) => l.replace(/^\/\/\s?/, ''))
    .join(' ')
    .trim();
  const cypher = lines.slice(header.length).join('\n').trim();
  return { name, description, params, cypher };
}

/** The parameters a Cypher text uses: `$name` and `$`quoted name``. */
export function usedParams(cypher: string): string[] {
  return [
    ...new Set([...cypher.matchAll(/\$(?:(\w+)|`((?:[^`]|``)+)`)/g)].map((m) => m[1] ?? m[2].replace(/``/g, '`'))),
  ];
}

/**
 * The parameters a run of `query` gets: `--param name=value` pairs over the defaults. A
 * parameter declared with a string default stays a string (`date=2019`); otherwise a value
 * that reads as a JSON number, boolean or null is one, and anything else a string. A name
 * the query neither declares nor uses is refused, with the names it has.
 */
export function bindParams(
  query: Pick<NamedQuery, 'cypher'> & Partial<Pick<NamedQuery, 'name' | 'params'>>,
  given: readonly string[],
): Record<string, unknown> {
  const declared = query.params ?? [];
  const known = [...new Set([...declared.map((p) => p.name), ...usedParams(query.cypher)])];
  const out: Record<string, unknown> = Object.fromEntries(
    declared.filter((p) => p.default !== undefined).map((p) => [p.name, p.default]),
  );
  for (const pair of given) {
    const at = pair.indexOf('=');
    if (at <= 0) throw new Error(`--param takes name=value, not ${JSON.stringify(pair)}`);
    const [name, raw] = [pair.slice(0, at), pair.slice(at + 1)];
    if (!known.includes(name)) {
      throw new Error(
        `${query.name ? `query ${query.name}` : 'the query'} has no parameter ${JSON.stringify(name)}; ${known.length ? `its parameters: ${known.join(', ')}` : 'it takes none'}`,
      );
    }
    const param = declared.find((p) => p.name === name);
    out[name] =
      typeof param?.default !== 'string' && /^(-?\d+(\.\d+)?|true|false|null)$/.test(raw) ? JSON.parse(raw) : raw;
  }
  return out;
}
