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
  /** Wait this long before answering 250, like a busy mail server. */
  delayMs = 0;
  /** Called as each message starts to arrive (before it is accepted). */
  onReceive: ((index: number) => void) | null = null;
  /** When each accepted message arrived (ms since epoch), in order. */
  readonly acceptedAt: number[] = [];
  private readonly closed = new Set<string>();
  private received = 0;

  async start(): Promise<string> {
    this.server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      onClose: (session) => {
        this.closed.add(session.id);
      },
      onData: (stream, session, callback) => {
        this.onReceive?.(this.received++);
        if (this.refuseNext > 0) {
          this.refuseNext--;
          stream.resume();
          stream.on('end', () => callback(Object.assign(new Error('Try again later'), { responseCode: 451 })));
          return;
        }
        simpleParser(stream).then(async (mail) => {
          if (this.delayMs) await new Promise((r) => setTimeout(r, this.delayMs));
          // A real server takes responsibility only when it answers 250: a sender that went
          // away before that did not deliver.
          if (this.closed.has(session.id)) return callback(new Error('connection closed'));
          this.messages.push(mail);
          this.acceptedAt.push(Date.now());
          this.waiters.splice(0).forEach((w) => w());
          callback();
        }, callback);
      },
    });
    // A sender that dies mid-conversation resets the connection: expected in fault tests.
    this.server.on('error', () => undefined);
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
