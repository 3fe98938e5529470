export default async function globalTeardown(): Promise<void> {
  await (globalThis as { __GW_PG__?: { stop(): Promise<void> } }).__GW_PG__?.stop();
}
