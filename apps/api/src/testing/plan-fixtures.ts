import { type AspectKey, INSTRUMENT_V1 } from '@groeiwijzer/domain';
import { uniqueEmail } from './access-fixtures';
import { adminClient, published, scheme } from './catalogue-fixtures';
import { type HttpClient } from './http-client';
import { type TestApp } from './test-app';

/** A published scheme with the given application windows, of an approved publisher of its own;
 * with its editor's address, to sign in again after the clock moved on. */
export async function publishedScheme(t: TestApp, windows: { opens: string; closes: string }[], title = 'SLIM-regeling voor leren en ontwikkelen') {
  const editor = t.client();
  const email = uniqueEmail('regelingen', 'uitgever.nl');
  await editor.signUp(email, 'Redacteur');
  const publisherId = (await editor.post('/api/publishers', { name: `Regelingenloket ${email}`, regions: ['twente', 'landelijk'] })).body.id as string;
  const approved = await (await adminClient(t)).post(`/api/admin/publishers/${publisherId}/approve`);
  if (approved.status !== 200) throw new Error(`publisher not approved: ${approved.status}`);
  const itemId = await published(editor, publisherId, scheme({
    title,
    scheme: { fundingShare: 0.6, maxAmountEur: 24999, windows, eligibility: 'Mkb-bedrijven met personeel in Nederland.' },
  }));
  return { editor, email, publisherId, itemId };
}

/** A round answered 5 times through its shared link (every statement `value`, the statements of
 * `aspects` the value given there), then closed by the owner: a closed round with a ready report. */
export async function closedRound(t: TestApp, owner: HttpClient, organisationId: string, value: number, aspects: Partial<Record<AspectKey, number>> = {}) {
  const round = await owner.post(`/api/organisations/${organisationId}/rounds`, { title: 'Scan voor het plan', closesAt: t.clock.day(14) });
  if (round.status !== 201) throw new Error(`round not created: ${round.status} ${JSON.stringify(round.body)}`);
  const answers = Object.fromEntries(INSTRUMENT_V1.items.map((i) => [i.id, aspects[i.aspect as AspectKey] ?? value]));
  const token = (round.body.shareUrl as string).split('/s/')[1];
  for (let i = 0; i < 5; i++) {
    const r = await t.client().post(`/api/survey/${token}`, { answers });
    if (r.status !== 201) throw new Error(`answer not taken: ${r.status} ${JSON.stringify(r.body)}`);
  }
  const closed = await owner.post(`/api/rounds/${round.body.id}/close`);
  if (closed.status !== 200) throw new Error(`round not closed: ${closed.status}`);
  return round.body.id as string;
}

/** Signs in again (after the clock jumped past the session's idle timeout). */
export async function signInAgain(client: HttpClient, email: string, password = 'een-lang-wachtwoord'): Promise<void> {
  const r = await client.post('/api/auth/login', { email, password });
  if (r.status !== 200) throw new Error(`login failed: ${r.status} ${JSON.stringify(r.body)}`);
}
