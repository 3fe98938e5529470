import {
  clearProgress,
  emptyProgress,
  hasProgress,
  loadProgress,
  parseProgress,
  progressKey,
  saveProgress,
  serialiseProgress,
  tokenFromPath,
  type ProgressStorage,
} from './survey-progress';

function fakeStorage(): ProgressStorage & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return {
    data,
    getItem: (key) => data.get(key) ?? null,
    setItem: (key, value) => void data.set(key, value),
    removeItem: (key) => void data.delete(key),
  };
}

describe('questionnaire progress on the device', () => {
  const progress = { step: 3, answers: { wc1: 4, wc2: null, rs1: 1 }, comment: 'Meer tijd graag', group: 'Winkel' };

  it('survives a round trip, "don\'t know" (null) included', () => {
    expect(parseProgress(serialiseProgress(progress))).toEqual(progress);
  });

  it('is kept per link: a reopened page finds its own answers, not another link\'s', () => {
    const storage = fakeStorage();
    saveProgress(storage, 'token-a', progress);
    expect(loadProgress(storage, 'token-a')).toEqual(progress);
    expect(loadProgress(storage, 'token-b')).toBeNull();
    expect([...storage.data.keys()]).toEqual([progressKey('token-a')]);
  });

  it('is gone after clearing (after sending)', () => {
    const storage = fakeStorage();
    saveProgress(storage, 'token-a', progress);
    clearProgress(storage, 'token-a');
    expect(loadProgress(storage, 'token-a')).toBeNull();
  });

  it('stores no time: nothing says when someone answered', () => {
    expect(Object.keys(JSON.parse(serialiseProgress(progress))).sort()).toEqual(['answers', 'comment', 'group', 'step', 'v']);
  });

  it('drops damaged or foreign data instead of trusting it', () => {
    expect(parseProgress(null)).toBeNull();
    expect(parseProgress('not json')).toBeNull();
    expect(parseProgress('[1,2]')).toBeNull();
    expect(parseProgress(JSON.stringify({ v: 99, answers: {} }))).toBeNull();
    const messy = parseProgress(
      '{"v":1,"step":-2,"answers":{"wc1":6,"wc2":2.5,"wc3":"4","wc4":5,"__proto__":3,"oc1":null},"comment":7}',
    );
    expect(messy).toEqual({ step: 0, answers: { wc4: 5, oc1: null }, comment: '', group: '' });
    expect(Object.getPrototypeOf(messy!.answers)).toBe(Object.prototype);
  });

  it('keeps working when storage is blocked or missing', () => {
    const blocked: ProgressStorage = {
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
      removeItem: () => {
        throw new Error('SecurityError');
      },
    };
    expect(() => saveProgress(blocked, 't', progress)).not.toThrow();
    expect(loadProgress(blocked, 't')).toBeNull();
    expect(() => clearProgress(blocked, 't')).not.toThrow();
    expect(loadProgress(null, 't')).toBeNull();
  });

  it('knows when there is something worth restoring', () => {
    expect(hasProgress(emptyProgress())).toBe(false);
    expect(hasProgress({ ...emptyProgress(), step: 2 })).toBe(false);
    expect(hasProgress({ ...emptyProgress(), answers: { wc1: null } })).toBe(true);
    expect(hasProgress({ ...emptyProgress(), comment: 'iets' })).toBe(true);
  });
});

describe('tokenFromPath', () => {
  it('reads the token of /s/<token>', () => {
    expect(tokenFromPath('/s/AbC-12_x')).toBe('AbC-12_x');
    expect(tokenFromPath('/s/AbC-12_x/')).toBe('AbC-12_x');
  });

  it('gives null for other paths', () => {
    expect(tokenFromPath('/s/')).toBeNull();
    expect(tokenFromPath('/s/a/b')).toBeNull();
    expect(tokenFromPath('/scans/123')).toBeNull();
    expect(tokenFromPath('/s/%E0%A4%A')).toBeNull();
  });
});
