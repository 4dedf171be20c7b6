/** docker-compose.yml, the Docker path to Neo4j: reachable from this machine only, and waited for. */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';

interface Compose {
  services: Record<
    string,
    { image: string; ports?: string[]; environment?: Record<string, string>; healthcheck?: { test: string[] } }
  >;
}

describe('docker-compose.yml', () => {
  const compose = parse(readFileSync('docker-compose.yml', 'utf8')) as Compose;
  const neo4j = compose.services.neo4j;

  it('publishes Bolt and HTTP on 127.0.0.1 only', () => {
    expect(neo4j.ports?.map(String).sort()).toEqual(['127.0.0.1:7474:7474', '127.0.0.1:7687:7687']);
  });

  it('has a health check, and the README starts it with --wait, so that a load after it does not race the start', () => {
    expect(neo4j.healthcheck?.test.join(' ')).toMatch(/7474/);
    const readme = readFileSync('README.md', 'utf8');
    expect(readme).toContain('docker compose up -d --wait');
    expect(readme).not.toMatch(/docker compose up -d(?! --wait)/);
  });

  it('runs the same Neo4j as the local server: 5.26 Community, no plugin fetched at start', () => {
    expect(neo4j.image).toBe('neo4j:5.26-community');
    expect(neo4j.environment?.NEO4J_PLUGINS).toBeUndefined();
  });
});
