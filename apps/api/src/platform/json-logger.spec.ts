import { JsonLogger } from './json-logger';

describe('JsonLogger', () => {
  it('writes one JSON object per line with level, context and fields', () => {
    const lines: string[] = [];
    const logger = new JsonLogger('info', (l) => lines.push(l));
    logger.log('API listening', 'Bootstrap');
    logger.warn({ msg: 'slow query', ms: 120 }, 'Database');
    logger.debug('not shown at info level');
    expect(lines).toHaveLength(2);
    expect(JSON.parse(lines[0])).toMatchObject({ level: 'info', context: 'Bootstrap', msg: 'API listening' });
    expect(JSON.parse(lines[1])).toMatchObject({ level: 'warn', context: 'Database', msg: 'slow query', ms: 120 });
  });

  it('keeps the stack of errors', () => {
    const lines: string[] = [];
    new JsonLogger('info', (l) => lines.push(l)).error('boom', 'Error: boom\n  at x', 'Http');
    expect(JSON.parse(lines[0])).toMatchObject({ level: 'error', msg: 'boom', stack: 'Error: boom\n  at x', context: 'Http' });
  });
});
