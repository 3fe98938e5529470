import { Worker } from 'node:worker_threads';
import {
  PASSWORD_CHECKED_LENGTH, PASSWORD_L33T_SUBSTITUTIONS, type PasswordProblem, passwordProblem, passwordUserInputs, type StrengthEstimate,
} from '@groeiwijzer/domain';
import { ValidationFailed } from '../common/app-error';
import { type MessageKey } from '../i18n';

/** zxcvbn in a worker thread. Its ranked dictionaries (common, Dutch and English words, names,
 * leaked passwords) take ~60 MB of the process (~27 MB of JS heap and the modules' arrays), and
 * ranking them blocks for ~0.2 s; a password is set rarely (registration, an admin at start). So
 * the estimator lives in a worker that is started for a check and stops once no check came for
 * `idleMs`: the API's memory holds no dictionary between registrations, and a search is never
 * stuck behind a ranking. The worker's code is plain JavaScript given as a string, so it runs the
 * same from the build and under the tests. */
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const { ZxcvbnFactory } = require(workerData.modules.core);
const common = require(workerData.modules.common);
const nl = require(workerData.modules.nl);
const en = require(workerData.modules.en);
const factory = new ZxcvbnFactory({
  dictionary: { ...common.dictionary, ...nl.dictionary, ...en.dictionary },
  graphs: common.adjacencyGraphs,
  maxLength: workerData.maxLength,
  l33tMaxSubstitutions: workerData.l33tMaxSubstitutions,
});
parentPort.on('message', ({ id, password, inputs }) => {
  try {
    const r = factory.check(password, inputs);
    parentPort.postMessage({ id, score: r.score, warning: r.feedback.warning ?? null });
  } catch (error) {
    parentPort.postMessage({ id, error: String((error && error.message) || error) });
  }
});
`;

interface Pending {
  resolve: (estimate: StrengthEstimate) => void;
  reject: (error: Error) => void;
}

/** Password strength estimates from a worker thread that runs only while checks come in. */
export class PasswordEstimator {
  private worker: Worker | null = null;
  private readonly pending = new Map<number, Pending>();
  private nextId = 0;
  private idle: NodeJS.Timeout | null = null;

  constructor(private readonly idleMs = 15_000) {}

  /** True while the worker (and so the dictionaries) is in memory. */
  get running(): boolean {
    return this.worker !== null;
  }

  estimate(password: string, inputs: string[]): Promise<StrengthEstimate> {
    if (this.idle) {
      clearTimeout(this.idle);
      this.idle = null;
    }
    const worker = this.worker ?? this.start();
    // A check pending keeps the process alive (a command-line check has nothing else running).
    worker.ref();
    const id = this.nextId++;
    return new Promise<StrengthEstimate>((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      worker.postMessage({ id, password, inputs });
    });
  }

  /** Stops the worker now (a pending check is refused). */
  async stop(): Promise<void> {
    if (this.idle) clearTimeout(this.idle);
    this.idle = null;
    const worker = this.worker;
    this.worker = null;
    this.fail(new Error('password check stopped'));
    if (worker) await worker.terminate();
  }

  private start(): Worker {
    const worker = new Worker(WORKER_SOURCE, {
      eval: true,
      workerData: {
        modules: {
          core: require.resolve('@zxcvbn-ts/core'),
          common: require.resolve('@zxcvbn-ts/language-common'),
          nl: require.resolve('@zxcvbn-ts/language-nl-be'),
          en: require.resolve('@zxcvbn-ts/language-en'),
        },
        maxLength: PASSWORD_CHECKED_LENGTH,
        l33tMaxSubstitutions: PASSWORD_L33T_SUBSTITUTIONS,
      },
    });
    worker.on('message', (m: { id: number; score?: number; warning?: string | null; error?: string }) => {
      const p = this.pending.get(m.id);
      if (!p) return;
      this.pending.delete(m.id);
      if (m.error !== undefined) p.reject(new Error(`password check failed: ${m.error}`));
      else p.resolve({ score: m.score as number, feedback: { warning: m.warning ?? null } });
      this.settle(worker);
    });
    const gone = (error: Error) => {
      if (this.worker !== worker) return;
      this.worker = null;
      this.fail(error);
    };
    worker.on('error', gone);
    worker.on('exit', (code) => gone(new Error(`password check worker exited (${code})`)));
    this.worker = worker;
    return worker;
  }

  /** With nothing pending, the worker stops after `idleMs`. */
  private settle(worker: Worker): void {
    if (this.pending.size > 0 || this.worker !== worker) return;
    // An idle worker does not keep the process alive.
    worker.unref();
    this.idle = setTimeout(() => {
      this.idle = null;
      if (this.pending.size === 0 && this.worker === worker) {
        this.worker = null;
        void worker.terminate();
      }
    }, this.idleMs);
    this.idle.unref();
  }

  private fail(error: Error): void {
    const waiting = [...this.pending.values()];
    this.pending.clear();
    for (const p of waiting) p.reject(error);
  }
}

const estimator = new PasswordEstimator();

const HINTS: Record<PasswordProblem, MessageKey> = {
  common: 'field_password_common',
  personal: 'field_password_personal',
  pattern: 'field_password_pattern',
  weak: 'field_password_weak',
};

/** The message key of what is wrong with a password, or null when it is strong enough. */
export async function weakPasswordHint(password: string, who: { email?: string; name?: string } = {}): Promise<MessageKey | null> {
  const problem = passwordProblem(await estimator.estimate(password, passwordUserInputs(who.email, who.name)));
  return problem && HINTS[problem];
}

/** Refuses a common, leaked, personal or otherwise guessable password: 400 naming `password`,
 * with a hint, wherever a password is set. */
export async function assertStrongPassword(password: string, who: { email?: string; name?: string } = {}): Promise<void> {
  const key = await weakPasswordHint(password, who);
  if (key) throw new ValidationFailed([{ field: 'password', key, vars: {} }]);
}

/** Stops the worker (at shutdown; the next check starts a new one). */
export function stopPasswordChecks(): Promise<void> {
  return estimator.stop();
}
