import { type APIRequestContext, type Browser } from 'playwright-core';
import { startApp, type RunningApp } from './support/app';
import { expectContains, expectText, expectUrl, expectVisible } from './support/expect';
import { expectAccessible, launchBrowser, newContext } from './support/browser';

const PASSWORD = 'een-goed-lang-wachtwoord';

/** One API call that must answer `status`; the body on any other answer, to see why. */
async function post<T = { id: string }>(request: APIRequestContext, url: string, data: unknown, status: number): Promise<T> {
  const response = await request.post(url, { data });
  if (response.status() !== status) throw new Error(`POST ${url}: ${response.status()} ${await response.text()}`);
  return (await response.json()) as T;
}

describe('a publisher invites a colleague who has no account yet', () => {
  let app: RunningApp;
  let browser: Browser;

  beforeAll(async () => {
    [app, browser] = await Promise.all([startApp(), launchBrowser()]);
  });
  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  it('invites by e-mail; the invitee creates an account from the link, comes back, accepts and edits the publisher', async () => {
    // The editor and the publisher, through the API (not the point of this test).
    const editor = await newContext(browser);
    await post(editor.request, `${app.baseUrl}/api/auth/register`, { email: 'ria@sectortafel-bouw.nl', password: PASSWORD, name: 'Ria Redacteur' }, 201);
    const { id: publisherId } = await post(editor.request, `${app.baseUrl}/api/publishers`, { name: 'Sectortafel Bouw', regions: ['twente'] }, 201);

    // The editor invites an address without an account.
    const page = await editor.newPage();
    await page.goto(`${app.baseUrl}/uitgever/${publisherId}`);
    await expectText(page.getByRole('heading', { level: 1 }), 'Sectortafel Bouw');
    await page.getByLabel('E-mailadres van een collega').fill('nieuw@sectortafel-bouw.nl');
    await page.getByRole('button', { name: 'Redacteur toevoegen' }).click();
    await expectContains(page.getByRole('status').filter({ hasText: 'Uitnodiging verstuurd' }), 'Uitnodiging verstuurd naar nieuw@sectortafel-bouw.nl');
    const invitations = page.getByRole('list', { name: 'Openstaande uitnodigingen' });
    await expectContains(invitations, 'nieuw@sectortafel-bouw.nl');
    await expectContains(invitations, 'Uitgenodigd door Ria Redacteur, geldig tot en met');
    await expectVisible(invitations.getByRole('button', { name: 'Uitnodiging intrekken: nieuw@sectortafel-bouw.nl' }));
    await expectAccessible(page, 'the publisher page with an open invitation');

    // The mail arrives, Dutch first, with the link.
    const [mail] = await app.smtp.waitFor('nieuw@sectortafel-bouw.nl');
    expect(mail.subject).toContain('Ria Redacteur nodigt je uit voor Sectortafel Bouw');
    const link = /(http:\/\/\S+\/uitnodiging\/[\w-]+)/.exec(mail.text ?? '')?.[1];
    expect(link?.startsWith(`${app.baseUrl}/uitnodiging/`)).toBe(true);

    // The invitee opens it, signed out: who invites, for which address, and the ways in.
    const invitee = await newContext(browser);
    const theirs = await invitee.newPage();
    await theirs.goto(link!);
    await expectText(theirs.getByRole('heading', { level: 1 }), 'Ria Redacteur nodigt je uit als redacteur van Sectortafel Bouw');
    await expectContains(theirs.getByRole('main'), 'De uitnodiging is voor nieuw@sectortafel-bouw.nl');
    await expectVisible(theirs.getByRole('main').getByRole('link', { name: 'Inloggen' }));
    await expectAccessible(theirs, 'the invitation page, signed out');

    // Creating an account comes back to the invitation.
    await theirs.getByRole('main').getByRole('link', { name: 'Account maken' }).click();
    await expectText(theirs.getByRole('heading', { level: 1 }), 'Account maken');
    await theirs.getByLabel('Naam').fill('Nico Nieuw');
    await theirs.getByLabel('E-mailadres').fill('nieuw@sectortafel-bouw.nl');
    await theirs.getByLabel('Wachtwoord', { exact: true }).fill(PASSWORD);
    await theirs.getByRole('main').getByRole('button', { name: 'Account maken' }).click();
    await expectUrl(theirs, /\/uitnodiging\/[\w-]+$/);
    await expectVisible(theirs.getByRole('button', { name: 'Uitnodiging accepteren' }));
    await expectAccessible(theirs, 'the invitation page, signed in');

    // Accepting lands on the publisher's page, as one of its editors.
    await theirs.getByRole('button', { name: 'Uitnodiging accepteren' }).click();
    await expectUrl(theirs, new RegExp(`/uitgever/${publisherId}$`));
    await expectText(theirs.getByRole('heading', { level: 1 }), 'Sectortafel Bouw');
    await expectContains(theirs.getByRole('region', { name: 'Redacteuren' }), 'Nico Nieuw (nieuw@sectortafel-bouw.nl) – jij');

    // The link is spent.
    await theirs.goto(link!);
    await expectText(theirs.getByRole('heading', { level: 1 }), 'Deze uitnodiging werkt niet');
    await invitee.close();
    await editor.close();
  });

  it('signed in with another address, the page says for whom the invitation is and offers to sign out', async () => {
    const editor = await newContext(browser);
    await post(editor.request, `${app.baseUrl}/api/auth/register`, { email: 'kees@leerwerkloket.nl', password: PASSWORD, name: 'Kees' }, 201);
    const { id: publisherId } = await post(editor.request, `${app.baseUrl}/api/publishers`, { name: 'Leerwerkloket Oost', regions: ['twente'] }, 201);
    await post(editor.request, `${app.baseUrl}/api/publishers/${publisherId}/members`, { email: 'juist@leerwerkloket.nl' }, 202);
    const [mail] = await app.smtp.waitFor('juist@leerwerkloket.nl');
    const link = /(http:\/\/\S+\/uitnodiging\/[\w-]+)/.exec(mail.text ?? '')![1];

    const other = await newContext(browser);
    await post(other.request, `${app.baseUrl}/api/auth/register`, { email: 'ander@leerwerkloket.nl', password: PASSWORD, name: 'Anders' }, 201);
    const page = await other.newPage();
    await page.goto(link);
    await expectContains(page.getByRole('alert'), 'Deze uitnodiging is voor juist@leerwerkloket.nl');
    expect(await page.getByRole('button', { name: 'Uitnodiging accepteren' }).count()).toBe(0);
    await expectAccessible(page, 'the invitation page, signed in with another address');
    await page.getByRole('main').getByRole('button', { name: 'Uitloggen' }).click();
    await expectVisible(page.getByRole('main').getByRole('link', { name: 'Inloggen' }));
    await expectUrl(page, /\/uitnodiging\/[\w-]+$/);
    await other.close();
    await editor.close();
  });
});
