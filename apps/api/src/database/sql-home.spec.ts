import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

/** SQL has a home (docs/ARCHITECTURE.md): a feature's statements live in its repository
 * (`*.repository.ts`) or query file (`*.queries.ts`), migrations in `database/migrations`. No
 * other file runs SQL itself. */
const SRC = path.resolve(__dirname, '..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return name === 'migrations' || name === 'testing' ? [] : sourceFiles(full);
    return /\.ts$/.test(name) && !/\.(spec|int-spec)\.ts$/.test(name) ? [full] : [];
  });
}

describe('SQL has a home', () => {
  it('no service, job, controller or engine runs SQL itself', () => {
    const runningSql = sourceFiles(SRC)
      .filter((file) => !/\.(repository|queries)\.ts$/.test(file))
      .filter((file) => /\.query\(/.test(readFileSync(file, 'utf8')))
      .map((file) => path.relative(SRC, file).split(path.sep).join('/'))
      .sort();
    expect(runningSql).toEqual([]);
  });
});
