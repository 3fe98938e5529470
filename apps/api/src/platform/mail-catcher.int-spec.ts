import { createServer } from 'node:net';
import nodemailer from 'nodemailer';
import { startMailCatcher } from './embedded-services';

const freePort = () =>
  new Promise<number>((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });

/** The laptop default without SMTP_URL: the mail catcher, in a process of its own. */
describe('the embedded mail catcher', () => {
  it('takes mail over SMTP and shows it in its web inbox; stopping it closes both ports', async () => {
    const [smtp, web] = [await freePort(), await freePort()];
    const subject = `Uw scan staat klaar ${Date.now()}`;
    const catcher = await startMailCatcher(smtp, web);
    try {
      const transport = nodemailer.createTransport({ url: catcher.url } as Parameters<typeof nodemailer.createTransport>[0]);
      await transport.sendMail({ from: 'noreply@groeiwijzer.nl', to: 'eigenaar@bedrijf.nl', subject, text: 'Hallo' });
      transport.close();
      const inbox = (await (await fetch(`http://127.0.0.1:${web}/api/email`)).json()) as { subject: string; to: { address: string }[] }[];
      expect(inbox.filter((m) => m.subject === subject).map((m) => m.to[0].address)).toEqual(['eigenaar@bedrijf.nl']);
    } finally {
      await catcher.stop();
    }
    await expect(fetch(`http://127.0.0.1:${web}/email`)).rejects.toThrow();
  });
});
