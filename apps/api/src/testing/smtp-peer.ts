import { type AddressInfo } from 'node:net';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';

/** A real SMTP server for tests: what the API sends arrives here over the wire. */
export class SmtpPeer {
  readonly messages: ParsedMail[] = [];
  private server!: SMTPServer;
  private waiters: (() => void)[] = [];
  /** While > 0, the next deliveries are refused with a temporary error. */
  refuseNext = 0;
  /** smtp://127.0.0.1:<port>, once started. */
  url = '';

  async start(): Promise<string> {
    this.server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      onData: (stream, _session, callback) => {
        if (this.refuseNext > 0) {
          this.refuseNext--;
          stream.resume();
          stream.on('end', () => callback(Object.assign(new Error('Try again later'), { responseCode: 451 })));
          return;
        }
        simpleParser(stream).then((mail) => {
          this.messages.push(mail);
          this.waiters.splice(0).forEach((w) => w());
          callback();
        }, callback);
      },
    });
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    const { port } = this.server.server.address() as AddressInfo;
    this.url = `smtp://127.0.0.1:${port}`;
    return this.url;
  }

  to(address: string): ParsedMail[] {
    return this.messages.filter((m) => {
      const to = Array.isArray(m.to) ? m.to : m.to ? [m.to] : [];
      return to.some((t) => t.value.some((v) => v.address?.toLowerCase() === address.toLowerCase()));
    });
  }

  /** Waits until `address` has received `count` mails (or fails after `ms`). */
  async waitFor(address: string, count = 1, ms = 10_000): Promise<ParsedMail[]> {
    const deadline = Date.now() + ms;
    while (this.to(address).length < count) {
      if (Date.now() > deadline) throw new Error(`expected ${count} mail(s) to ${address}, got ${this.to(address).length}`);
      await new Promise<void>((resolve) => {
        this.waiters.push(resolve);
        setTimeout(resolve, 100);
      });
    }
    return this.to(address);
  }

  stop(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}
