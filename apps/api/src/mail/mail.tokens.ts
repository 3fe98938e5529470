/** The SMTP URL the sender uses: SMTP_URL, or the embedded mail catcher's. */
export const SMTP_URL = Symbol('SMTP_URL');
