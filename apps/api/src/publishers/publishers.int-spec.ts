import { startTestApp, type TestApp } from '../testing/test-app';

describe('publishers and the admin', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp({ ADMIN_EMAIL: 'beheer@groeiwijzer.nl', ADMIN_PASSWORD: 'beheer-wachtwoord-lang' });
  });
  afterAll(() => t.close());

  it('a new publisher waits for the admin; only the admin can approve it', async () => {
    const editor = t.client();
    await editor.signUp('redactie@sectortafel.nl');
    const created = await editor.post('/api/publishers', { name: 'Sectortafel Bouw & Infra', regions: ['twente', 'achterhoek'] });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ status: 'pending', name: 'Sectortafel Bouw & Infra' });
    expect((await editor.get('/api/auth/me')).body.publishers).toEqual([{ id: created.body.id, name: 'Sectortafel Bouw & Infra' }]);

    const selfApprove = await editor.post(`/api/admin/publishers/${created.body.id}/approve`);
    expect(selfApprove.status).toBe(403);

    const admin = t.client();
    const login = await admin.post('/api/auth/login', { email: 'beheer@groeiwijzer.nl', password: 'beheer-wachtwoord-lang' });
    expect(login.status).toBe(200);
    expect((await admin.get('/api/auth/me')).body.isAdmin).toBe(true);
    const pending = await admin.get('/api/admin/publishers?status=pending');
    expect(pending.body.map((p: { id: string }) => p.id)).toContain(created.body.id);
    const approved = await admin.post(`/api/admin/publishers/${created.body.id}/approve`);
    expect(approved.status).toBe(200);
    expect((await editor.get(`/api/publishers/${created.body.id}`)).body.status).toBe('approved');
  });

  it('checks regions and keeps other publishers private', async () => {
    const editor = t.client();
    await editor.signUp('redactie@leerwerkloket.nl');
    const bad = await editor.post('/api/publishers', { name: 'Loket', regions: ['twente', 'mars'], website: 'geen-url' });
    expect(bad.status).toBe(400);
    expect(Object.keys(bad.body.fields).sort()).toEqual(['regions', 'website']);
    const { body: own } = await editor.post('/api/publishers', { name: 'Leerwerkloket Twente', regions: ['twente'] });
    const stranger = t.client();
    await stranger.signUp('vreemde@bedrijf.nl');
    expect((await stranger.get(`/api/publishers/${own.id}`)).status).toBe(404);
  });

  it('members add colleagues with an account at once, invite the others; the last editor stays', async () => {
    const editor = t.client();
    const me = await editor.signUp('hoofdredactie@sectortafel-zorg.nl');
    const { body: publisher } = await editor.post('/api/publishers', { name: 'Sectortafel Zorg', regions: ['twente'] });
    const colleague = t.client();
    const them = await colleague.signUp('collega@sectortafel-zorg.nl');
    expect((await colleague.get(`/api/publishers/${publisher.id}`)).status).toBe(404);

    const unknown = await editor.post(`/api/publishers/${publisher.id}/members`, { email: 'Nog-Geen-Account@zorg.nl' });
    expect(unknown.status).toBe(202);
    expect(unknown.body.invited).toMatchObject({ email: 'nog-geen-account@zorg.nl' });
    const bad = await editor.post(`/api/publishers/${publisher.id}/members`, { email: 'geen-adres' });
    expect(bad.status).toBe(400);
    expect(bad.body.fields).toEqual({ email: 'is geen geldig e-mailadres' });
    const added = await editor.post(`/api/publishers/${publisher.id}/members`, { email: 'Collega@Sectortafel-Zorg.nl' });
    expect(added.status).toBe(201);
    expect(added.body.map((m: { email: string }) => m.email).sort()).toEqual(['collega@sectortafel-zorg.nl', 'hoofdredactie@sectortafel-zorg.nl']);
    expect((await colleague.get('/api/auth/me')).body.publishers).toEqual([{ id: publisher.id, name: 'Sectortafel Zorg' }]);
    expect((await colleague.get(`/api/publishers/${publisher.id}/items`)).status).toBe(200);

    const outsider = t.client();
    await outsider.signUp('buitenstaander@zorg.nl');
    expect((await outsider.post(`/api/publishers/${publisher.id}/members`, { email: 'buitenstaander@zorg.nl' })).status).toBe(404);

    expect((await colleague.delete(`/api/publishers/${publisher.id}/members/${me.id}`)).status).toBe(204);
    const last = await colleague.delete(`/api/publishers/${publisher.id}/members/${them.id}`);
    expect(last.status).toBe(409);
    expect(last.body.error).toBe('last_member');
    expect((await editor.get(`/api/publishers/${publisher.id}`)).status).toBe(404);
  });

  describe('invitations for colleagues without an account', () => {
    let people = 0;
    /** A signed-in editor of a new publisher. */
    async function editorOf(name: string) {
      const editor = t.client();
      const me = await editor.signUp(`redacteur${++people}@uitgever.nl`, 'Ria Redacteur');
      const { body: publisher } = await editor.post('/api/publishers', { name, regions: ['twente'] });
      return { editor, me, publisherId: publisher.id as string };
    }
    /** The link in the latest invitation mail to `address` (the count-th), and its token. */
    async function invitationLink(address: string, count = 1) {
      const mails = await t.smtp.waitFor(address, count);
      const mail = mails[count - 1];
      const url = /(\S+\/uitnodiging\/([\w-]+))/.exec(mail.text ?? '');
      expect(url?.[1].startsWith(`${t.config.publicUrl}/uitnodiging/`)).toBe(true);
      return { mail, url: url![1], token: url![2] };
    }

    it('sends a mail in Dutch and English with a working link; accepting makes the invitee an editor, once', async () => {
      const { editor, publisherId } = await editorOf('Leerwerkloket Achterhoek');
      const invited = await editor.post(`/api/publishers/${publisherId}/members`, { email: 'nieuwe.collega@achterhoek.nl' });
      expect(invited.status).toBe(202);
      const expiresAt = new Date(invited.body.invited.expiresAt).getTime();
      expect(Math.abs(expiresAt - Date.now() - 14 * 24 * 3600_000)).toBeLessThan(60_000);

      const { mail, token } = await invitationLink('nieuwe.collega@achterhoek.nl');
      expect(mail.subject).toContain('Leerwerkloket Achterhoek');
      expect(mail.text).toContain('Ria Redacteur nodigt je uit om redacteur te worden van Leerwerkloket Achterhoek');
      expect(mail.text).toContain('Ria Redacteur invites you to become an editor of Leerwerkloket Achterhoek');
      expect(mail.text!.indexOf('Hallo')).toBeLessThan(mail.text!.indexOf('Hello'));
      expect(mail.html).toContain(`/uitnodiging/${token}`);
      // Only the hash is stored.
      const stored = await t.db.query(`SELECT token_hash FROM publisher_invitations WHERE email = 'nieuwe.collega@achterhoek.nl'`);
      expect(stored[0].token_hash).not.toBe(token);

      const list = await editor.get(`/api/publishers/${publisherId}/invitations`);
      expect(list.status).toBe(200);
      expect(list.body).toEqual([{ id: invited.body.invited.id, email: 'nieuwe.collega@achterhoek.nl', invitedByName: 'Ria Redacteur', expiresAt: invited.body.invited.expiresAt }]);

      // The link works without signing in.
      const anonymous = await t.client().get(`/api/invitations/${token}`);
      expect(anonymous.status).toBe(200);
      expect(anonymous.body).toEqual({ publisherName: 'Leerwerkloket Achterhoek', email: 'nieuwe.collega@achterhoek.nl', invitedByName: 'Ria Redacteur', expiresAt: invited.body.invited.expiresAt });
      expect((await t.client().post(`/api/invitations/${token}/accept`)).status).toBe(401);

      const invitee = t.client();
      const them = await invitee.signUp('Nieuwe.Collega@Achterhoek.nl', 'Nina Nieuw');
      const accepted = await invitee.post(`/api/invitations/${token}/accept`);
      expect(accepted.status).toBe(200);
      expect(accepted.body).toEqual({ publisherId });
      expect((await invitee.get(`/api/publishers/${publisherId}`)).status).toBe(200);
      expect((await invitee.get('/api/auth/me')).body.publishers).toEqual([{ id: publisherId, name: 'Leerwerkloket Achterhoek' }]);
      const members = await editor.get(`/api/publishers/${publisherId}/members`);
      expect(members.body.map((m: { userId: string }) => m.userId)).toContain(them.id);
      expect((await editor.get(`/api/publishers/${publisherId}/invitations`)).body).toEqual([]);

      // Used: the link is gone.
      const again = await invitee.post(`/api/invitations/${token}/accept`);
      expect(again.status).toBe(404);
      expect(again.body.error).toBe('invitation_unknown');
      expect((await t.client().get(`/api/invitations/${token}`)).status).toBe(404);
    });

    it('another account cannot accept, and the invitation stays usable for the right one', async () => {
      const { editor, publisherId } = await editorOf('Sectortafel Techniek');
      await editor.post(`/api/publishers/${publisherId}/members`, { email: 'juiste@techniek.nl' });
      const { token } = await invitationLink('juiste@techniek.nl');
      const wrong = t.client();
      await wrong.signUp('verkeerde@techniek.nl');
      const refused = await wrong.post(`/api/invitations/${token}/accept`);
      expect(refused.status).toBe(403);
      expect(refused.body.error).toBe('invitation_other_email');
      expect(refused.body.message).toContain('juiste@techniek.nl');
      expect((await wrong.get(`/api/publishers/${publisherId}`)).status).toBe(404);

      const right = t.client();
      await right.signUp('juiste@techniek.nl');
      expect((await right.post(`/api/invitations/${token}/accept`)).status).toBe(200);
    });

    it('an expired invitation answers 410; a revoked one 404', async () => {
      const { editor, publisherId } = await editorOf('Sectortafel Logistiek');
      const { body: late } = await editor.post(`/api/publishers/${publisherId}/members`, { email: 'te-laat@logistiek.nl' });
      const { token: lateToken } = await invitationLink('te-laat@logistiek.nl');
      await t.db.query(`UPDATE publisher_invitations SET expires_at = now() - interval '1 minute' WHERE id = $1`, [late.invited.id]);
      const gone = await t.client().get(`/api/invitations/${lateToken}`);
      expect(gone.status).toBe(410);
      expect(gone.body.error).toBe('invitation_expired');
      const lateInvitee = t.client();
      await lateInvitee.signUp('te-laat@logistiek.nl');
      expect((await lateInvitee.post(`/api/invitations/${lateToken}/accept`)).status).toBe(410);
      expect((await lateInvitee.get(`/api/publishers/${publisherId}`)).status).toBe(404);
      expect((await editor.get(`/api/publishers/${publisherId}/invitations`)).body).toEqual([]);

      const { body: withdrawn } = await editor.post(`/api/publishers/${publisherId}/members`, { email: 'ingetrokken@logistiek.nl' });
      const { token } = await invitationLink('ingetrokken@logistiek.nl');
      expect((await editor.delete(`/api/publishers/${publisherId}/invitations/${withdrawn.invited.id}`)).status).toBe(204);
      expect((await editor.delete(`/api/publishers/${publisherId}/invitations/${withdrawn.invited.id}`)).status).toBe(404);
      const revoked = await t.client().get(`/api/invitations/${token}`);
      expect(revoked.status).toBe(404);
      expect(revoked.body.error).toBe('invitation_unknown');
      const invitee = t.client();
      await invitee.signUp('ingetrokken@logistiek.nl');
      expect((await invitee.post(`/api/invitations/${token}/accept`)).status).toBe(404);
    });

    it('inviting again replaces the token: the old link stops working, the new one works', async () => {
      const { editor, publisherId } = await editorOf('Sectortafel Detailhandel');
      const first = await editor.post(`/api/publishers/${publisherId}/members`, { email: 'twee-keer@detailhandel.nl' });
      const { token: oldToken } = await invitationLink('twee-keer@detailhandel.nl', 1);
      const second = await editor.post(`/api/publishers/${publisherId}/members`, { email: 'Twee-Keer@detailhandel.nl' });
      expect(second.status).toBe(202);
      expect(second.body.invited.id).toBe(first.body.invited.id);
      const { token: newToken } = await invitationLink('twee-keer@detailhandel.nl', 2);
      expect(newToken).not.toBe(oldToken);
      expect((await editor.get(`/api/publishers/${publisherId}/invitations`)).body).toHaveLength(1);
      expect((await t.client().get(`/api/invitations/${oldToken}`)).status).toBe(404);
      const invitee = t.client();
      await invitee.signUp('twee-keer@detailhandel.nl');
      expect((await invitee.post(`/api/invitations/${oldToken}/accept`)).status).toBe(404);
      expect((await invitee.post(`/api/invitations/${newToken}/accept`)).status).toBe(200);
    });

    it('outsiders cannot invite, list or revoke (404); a publisher has at most 20 open invitations', async () => {
      const { editor, publisherId } = await editorOf('Sectortafel Horeca');
      const { body } = await editor.post(`/api/publishers/${publisherId}/members`, { email: 'gast@horeca.nl' });
      const outsider = t.client();
      await outsider.signUp('buiten@horeca.nl');
      const invite = await outsider.post(`/api/publishers/${publisherId}/members`, { email: 'vriend@horeca.nl' });
      expect(invite.status).toBe(404);
      expect((await outsider.get(`/api/publishers/${publisherId}/invitations`)).status).toBe(404);
      expect((await outsider.delete(`/api/publishers/${publisherId}/invitations/${body.invited.id}`)).status).toBe(404);
      expect((await t.db.query(`SELECT count(*)::int AS n FROM publisher_invitations WHERE publisher_id = $1 AND revoked_at IS NULL`, [publisherId]))[0].n).toBe(1);
      expect(t.smtp.to('vriend@horeca.nl')).toHaveLength(0);

      // Another publisher's member cannot revoke this publisher's invitation through their own.
      const other = await editorOf('Sectortafel Recreatie');
      expect((await other.editor.delete(`/api/publishers/${other.publisherId}/invitations/${body.invited.id}`)).status).toBe(404);

      for (let i = 2; i <= 20; i++) {
        expect((await editor.post(`/api/publishers/${publisherId}/members`, { email: `gast${i}@horeca.nl` })).status).toBe(202);
      }
      const tooMany = await editor.post(`/api/publishers/${publisherId}/members`, { email: 'gast21@horeca.nl' });
      expect(tooMany.status).toBe(409);
      expect(tooMany.body.error).toBe('too_many_invitations');
      // Inviting an address again is no new invitation.
      expect((await editor.post(`/api/publishers/${publisherId}/members`, { email: 'gast@horeca.nl' })).status).toBe(202);
    });
  });
});
