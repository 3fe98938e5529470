import type { Widen } from '../catalogue';
import type { accountSecurityNl } from './account-security.nl';

/** English strings of password feedback and sign-in throttling; same keys as the Dutch source. */
export const accountSecurityEn: Widen<typeof accountSecurityNl> = {
  passwordStrength: {
    checking: 'Checking how strong your password is…',
    tooShort: 'Still too short: use at least 12 characters.',
    ok: 'Strong enough. This password is hard to guess.',
    common: 'This password is on the list of common or leaked passwords. Choose a phrase of three or four uncommon words, for example "bicycle bell apple pie raincoat".',
    personal: 'This resembles your name, your e-mail address or Groeiwijzer. Choose something nobody links to you.',
    pattern: 'This is a predictable pattern (keyboard row, repetition, sequence or year). Choose a phrase of three or four uncommon words.',
    weak: 'Still too easy to guess. Make it longer with a few uncommon words.',
  },
  throttled: {
    useLink: 'Sign in right now with a link by e-mail',
  },
};
