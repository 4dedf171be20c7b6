/**
 * Ports of the test servers. `NEWSGRAPH_TEST_PORT_OFFSET` moves them all, so that two
 * checkouts can run their suites side by side on one machine.
 */
const offset = Number(process.env.NEWSGRAPH_TEST_PORT_OFFSET ?? 0);

export function testPort(port: number): number {
  return port + offset;
}
