import { getInstrument } from '@groeiwijzer/domain';
import { type APIRequestContext, type Browser } from 'playwright-core';
import { create as qrCode, type QRCodeErrorCorrectionLevel } from 'qrcode';
import { startApp, type RunningApp } from './support/app';
import { eventually, expectContains, expectText, expectUrl, expectVisible } from './support/expect';
import { expectAccessible, launchBrowser, newContext } from './support/browser';

const PASSWORD = 'een-goed-lang-wachtwoord';

/** One API call that must answer `status`; the body on any other answer, to see why. */
async function post<T = { id: string }>(request: APIRequestContext, url: string, data: unknown, status: number): Promise<T> {
  const response = await request.post(url, { data });
  if (response.status() !== status) throw new Error(`POST ${url}: ${response.status()} ${await response.text()}`);
  return (await response.json()) as T;
}

/** A day in the Netherlands, some days from now, as a date input holds it (YYYY-MM-DD). */
const dutchDay = (days: number) =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit' }).format(
    new Date(Date.now() + days * 86_400_000),
  );
/** "20 december 2026" for a YYYY-MM-DD day, as the page writes it. */
const longDate = (day: string) =>
  new Intl.DateTimeFormat('nl-NL', { timeZone: 'UTC', day: 'numeric', month: 'long', year: 'numeric' }).format(new Date(`${day}T12:00:00Z`));

/** The dark modules of a QR code drawn as an SVG path of horizontal runs ("M2 2.5h7m1 0h1…", as
 * the qrcode package draws it), as "x,y" from the top-left module, quiet zone left out. */
function darkModules(svg: string): Set<string> {
  const d = /<path[^>]*stroke="[^"]*"[^>]*\sd="([^"]+)"/.exec(svg)?.[1] ?? '';
  const cells: [number, number][] = [];
  let x = 0;
  let y = 0;
  for (const [, command, a, b] of d.matchAll(/([MmHh])\s*(-?[\d.]+)(?:\s+(-?[\d.]+))?/g)) {
    if (command === 'M') [x, y] = [Number(a), Math.floor(Number(b))];
    else if (command === 'm') [x, y] = [x + Number(a), y + Math.floor(Number(b ?? 0))];
    else {
      for (let i = 0; i < Number(a); i++) cells.push([x + i, y]);
      x += Number(a);
    }
  }
  const left = Math.min(...cells.map(([cx]) => cx));
  const top = Math.min(...cells.map(([, cy]) => cy));
  return new Set(cells.map(([cx, cy]) => `${cx - left},${cy - top}`));
}

/** Whether the SVG is the QR code of `text` (at whichever error-correction level): what a
 * phone's camera would read, without a decoder. */
function isQrCodeOf(svg: string, text: string): boolean {
  const drawn = darkModules(svg);
  return (['L', 'M', 'Q', 'H'] as QRCodeErrorCorrectionLevel[]).some((errorCorrectionLevel) => {
    const { size, data } = qrCode(text, { errorCorrectionLevel }).modules;
    const expected = new Set<string>();
    data.forEach((dark, i) => dark && expected.add(`${i % size},${Math.floor(i / size)}`));
    return expected.size === drawn.size && [...expected].every((cell) => drawn.has(cell));
  });
}

describe('the owner of a scan round: the QR poster, and the own self-assessment read back', () => {
  let app: RunningApp;
  let browser: Browser;
  let people = 0;

  beforeAll(async () => {
    [app, browser] = await Promise.all([startApp(), launchBrowser()]);
  });
  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  /** A signed-in owner of a new company with an open round (through the API: not the point here). */
  async function ownerWithRound(company: string, title: string, closesAt: string) {
    const owner = await newContext(browser);
    const email = `eigenaar${++people}@voorbeeld.nl`;
    await post(owner.request, `${app.baseUrl}/api/auth/register`, { email, password: PASSWORD, name: `Eigenaar ${people}` }, 201);
    const { id: organisationId } = await post(owner.request, `${app.baseUrl}/api/organisations`, { name: company, sector: 'F', region: 'twente', employees: 9 }, 201);
    const round = await post<{ id: string; shareUrl: string }>(owner.request, `${app.baseUrl}/api/organisations/${organisationId}/rounds`, { title, closesAt }, 201);
    return { owner, roundId: round.id, shareUrl: round.shareUrl };
  }

  it('the poster shows the QR code of the shared link, and the link itself; nobody else gets the code', async () => {
    const closesAt = dutchDay(14);
    const { owner, roundId, shareUrl } = await ownerWithRound('Installatiebedrijf Wessels', 'Scan najaar', closesAt);
    const page = await owner.newPage();
    const pageErrors: string[] = [];
    page.on('pageerror', (e) => pageErrors.push(e.message));

    // From the round page, where the owner finds it.
    await page.goto(`${app.baseUrl}/scans/${roundId}`);
    await expectText(page.getByRole('heading', { level: 1 }), 'Scan najaar');
    const qrResponse = page.waitForResponse((r) => new URL(r.url()).pathname === `/api/rounds/${roundId}/qr.svg`);
    await page.getByRole('link', { name: 'Poster met QR-code maken' }).click();
    await expectUrl(page, new RegExp(`/scans/${roundId}/poster$`));
    await expectText(page.getByRole('heading', { level: 1 }), 'Wat vind jij van leren bij ons?');
    await expectVisible(page.getByText('Installatiebedrijf Wessels'));

    // The image the page asked for: an SVG, the QR code of the shared link, drawn on the page.
    const response = await qrResponse;
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toContain('image/svg+xml');
    const svg = await response.text();
    expect(svg).toMatch(/^<svg[\s>]/);
    expect(isQrCodeOf(svg, shareUrl)).toBe(true);
    expect(isQrCodeOf(svg, `${shareUrl}x`)).toBe(false); // the check can tell codes apart
    const image = page.getByRole('img', { name: 'QR-code naar de vragenlijst' });
    await expectVisible(image);
    await eventually(() => image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0), Boolean, 'the QR code should be drawn');

    // Without a camera: the link in words, and until when.
    await expectContains(page.getByText(/^Geen QR-code lezen\?/), shareUrl);
    await expectVisible(page.getByText(`Meedoen kan tot en met ${longDate(closesAt)}. Niemand ziet wat jij hebt geantwoord.`));
    await expectVisible(page.getByRole('button', { name: 'Poster printen' }));
    await expectAccessible(page, 'the poster page');

    // The shared link leads to the questionnaire.
    const employee = await newContext(browser);
    const survey = await employee.newPage();
    await survey.goto(shareUrl);
    await expectText(survey.getByRole('heading', { level: 1 }), 'Scan najaar');
    await employee.close();

    // Another account and a visitor without one get no QR code of this round.
    const stranger = await newContext(browser);
    await post(stranger.request, `${app.baseUrl}/api/auth/register`, { email: `vreemde${++people}@voorbeeld.nl`, password: PASSWORD, name: 'Vreemde' }, 201);
    expect((await stranger.request.get(`${app.baseUrl}/api/rounds/${roundId}/qr.svg`)).status()).toBe(404);
    const strangerPage = await stranger.newPage();
    await strangerPage.goto(`${app.baseUrl}/scans/${roundId}/poster`);
    await expectText(strangerPage.getByRole('heading', { level: 1 }), 'Scan niet gevonden');
    await stranger.close();
    const visitor = await newContext(browser);
    expect((await visitor.request.get(`${app.baseUrl}/api/rounds/${roundId}/qr.svg`)).status()).toBe(401);
    await visitor.close();

    expect(pageErrors).toEqual([]);
    await owner.close();
  });

  it('the owner fills in the self-assessment, and finds the answers again after a reload, also after changing one', async () => {
    const { owner, roundId } = await ownerWithRound('Kapsalon Mooi', 'Leerscan voorjaar', dutchDay(10));
    const detail = await (await owner.request.get(`${app.baseUrl}/api/rounds/${roundId}`)).json();
    const { items, scale } = getInstrument((detail as { instrumentVersion: number }).instrumentVersion);
    const label = (value: number | null) => (value === null ? scale.dontKnow.nl : scale.labels.nl[value - 1]);
    // Every answer of the scale, the last statement "don't know".
    const chosen = new Map<string, number | null>(items.map((item, n) => [item.id, n === items.length - 1 ? null : (n % 5) + 1]));

    const page = await owner.newPage();
    const pageErrors: string[] = [];
    page.on('pageerror', (e) => pageErrors.push(e.message));
    await page.goto(`${app.baseUrl}/scans/${roundId}`);
    const self = page.getByRole('region', { name: 'Je eigen inschatting' });
    await self.getByRole('link', { name: 'Eigen inschatting invullen' }).click();
    await expectText(page.getByRole('heading', { level: 1 }), 'Je eigen inschatting');
    expect(await page.getByText('Je hebt dit al eerder ingevuld.', { exact: false }).count()).toBe(0);
    await expectAccessible(page, 'the empty self-assessment');

    const question = (id: string) => page.locator(`fieldset#self-${id}`);
    for (const [id, value] of chosen) await question(id).getByRole('radio', { name: label(value), exact: true }).check();
    await page.getByRole('button', { name: 'Inschatting opslaan' }).click();
    await expectUrl(page, new RegExp(`/scans/${roundId}$`));
    await expectVisible(page.getByText('Je eigen inschatting is opgeslagen.'));
    await expectContains(self, 'Je hebt je eigen inschatting ingevuld. Je kunt je antwoorden nog aanpassen.');

    /** What the page shows as chosen, per statement, after loading it afresh. */
    const shownAfterReload = async () => {
      await page.goto(`${app.baseUrl}/scans/${roundId}/zelfevaluatie`);
      await expectVisible(page.getByText('Je hebt dit al eerder ingevuld. Je ziet je antwoorden van toen.', { exact: false }));
      await expectVisible(page.locator('fieldset').first());
      return new Map(
        await page.locator('fieldset').evaluateAll((sets) =>
          sets.map((set) => [set.id.replace(/^self-/, ''), set.querySelector<HTMLInputElement>('input:checked')?.value ?? 'none'] as const),
        ),
      );
    };
    const asShown = (value: number | null) => (value === null ? 'dont-know' : String(value));
    expect(await shownAfterReload()).toEqual(new Map([...chosen].map(([id, value]) => [id, asShown(value)])));
    await expectAccessible(page, 'the self-assessment filled in earlier');

    // One answer changed and saved again: the new one is what comes back.
    const [firstId] = chosen.keys();
    chosen.set(firstId, 5);
    await question(firstId).getByRole('radio', { name: label(5), exact: true }).check();
    await page.getByRole('button', { name: 'Inschatting opslaan' }).click();
    await expectVisible(page.getByText('Je eigen inschatting is opgeslagen.'));
    expect(await shownAfterReload()).toEqual(new Map([...chosen].map(([id, value]) => [id, asShown(value)])));

    expect(pageErrors).toEqual([]);
    await owner.close();
  });
});
