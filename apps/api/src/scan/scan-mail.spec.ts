import { invitationMail } from './scan-mail';

describe('the invitation mail', () => {
  it('writes the closing day in Dutch in the Dutch half and in English in the English half', () => {
    const mail = invitationMail('Bakkerij Bea', 'Voorjaarsscan', new Date('2026-12-20T22:59:59.999Z'), 'https://groeiwijzer.example/s/abc');
    const [nl, en] = mail.text.split('—');
    expect(nl).toContain('tot en met 20 december 2026');
    expect(en).toContain('until 20 December 2026');
    expect(en).not.toMatch(/december/);
    expect(mail.html).toContain('<div lang="en">');
  });
});
