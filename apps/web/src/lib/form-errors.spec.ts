import { ApiRequestError } from './api';
import { toFormErrors } from './form-errors';

const generic = { network: 'Geen verbinding', unknown: 'Er ging iets mis' };

describe('toFormErrors', () => {
  it('is empty without an error', () => {
    expect(toFormErrors(null, generic)).toEqual({ summary: null, fields: {} });
  });

  it('shows the API message and its field messages as they come', () => {
    const error = new ApiRequestError(400, {
      error: 'validation_failed',
      message: 'Niet alle velden zijn goed ingevuld.',
      fields: { email: 'Vul een geldig e-mailadres in.', password: 'Gebruik minimaal 12 tekens.' },
    });
    expect(toFormErrors(error, generic)).toEqual({
      summary: 'Niet alle velden zijn goed ingevuld.',
      fields: { email: 'Vul een geldig e-mailadres in.', password: 'Gebruik minimaal 12 tekens.' },
    });
  });

  it('uses the first field message when the API sent no message', () => {
    const error = new ApiRequestError(409, { error: 'email_taken', message: '', fields: { email: 'Bestaat al.' } });
    expect(toFormErrors(error, generic)).toEqual({ summary: 'Bestaat al.', fields: { email: 'Bestaat al.' } });
  });

  it('falls back to generic texts for network trouble and unknown errors', () => {
    expect(toFormErrors(new ApiRequestError(0, { error: 'network_error', message: '' }), generic).summary).toBe(
      'Geen verbinding',
    );
    expect(toFormErrors(new ApiRequestError(500, { error: 'http_500', message: '' }), generic).summary).toBe(
      'Er ging iets mis',
    );
    expect(toFormErrors(new Error('boom'), generic)).toEqual({ summary: 'Er ging iets mis', fields: {} });
  });
});
