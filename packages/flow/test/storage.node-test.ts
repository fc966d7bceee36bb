import { deepEqual, equal, ok, rejects, throws } from 'node:assert/strict';
import {
  FlowStateError,
  createNavigator,
  loadFlow,
  localStateStore,
  localStore,
  memoryStateStore,
  memoryStore,
  restoreState,
  serverStore,
  sessionStateStore,
  sessionStore,
  type FlowState,
  type StoredState,
  type StorageLike,
} from '../src/index.js';
import { energyAssistance } from '../src/examples/index.js';

const flow = loadFlow(energyAssistance);
const nav = createNavigator(flow, { today: '2026-12-02' });

/** A Web Storage stand-in that records what was written. */
function fakeStorage(): StorageLike & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return {
    data,
    getItem: (key) => data.get(key) ?? null,
    setItem: (key, value) => void data.set(key, value),
    removeItem: (key) => void data.delete(key),
  };
}

function midway(): FlowState {
  let state = nav.next(nav.start(), { applicantName: 'Ana', dateOfBirth: '1985-03-27' }).state;
  state = nav.next(state, { heating: 'oil' }).state;
  state = nav.next(state, { addAnother: 'yes' }).state;
  return nav.save(state, { memberName: 'Luis', memberAge: 'thirty' });
}

describe('storage adapters', () => {
  it('memory and session stores give back the same state, half-typed answers included', async () => {
    for (const store of [memoryStore(flow), sessionStore(flow, { storage: fakeStorage() })]) {
      const state = midway();
      await store.save(state);
      const loaded = await store.load();
      deepEqual(loaded?.repeats.members[0].answers.memberAge, { value: null, raw: 'thirty' });
      deepEqual(loaded?.location, { page: 'member-about', items: [0] });
      await store.clear();
      equal(await store.load(), undefined);
    }
  });

  it('local storage leaves sensitive answers out unless opted in, and expires', async () => {
    const storage = fakeStorage();
    let time = 1_000;
    const store = localStore(flow, { storage, expiresAfter: 60_000, now: () => time });
    await store.save(midway());
    const written = [...storage.data.values()][0];
    ok(!written.includes('1985-03-27'), 'date of birth is sensitive: not written');
    ok(written.includes('Luis'));
    equal((await store.load())?.answers.dateOfBirth, undefined);
    time += 60_001;
    equal(await store.load(), undefined, 'expired');
    equal(storage.data.size, 0, 'and removed');
    const opted = localStore(flow, {
      storage,
      expiresAfter: 60_000,
      includeSensitive: true,
      now: () => time,
    });
    await opted.save(midway());
    equal((await opted.load())?.answers.dateOfBirth.value, '1985-03-27');
    throws(() => localStore(flow, { storage, expiresAfter: 0 }));
  });

  it('drops saved data that is corrupt, foreign or hostile instead of failing', async () => {
    const storage = fakeStorage();
    const store = sessionStore(flow, { storage, key: 'k' });
    storage.setItem('k', '{not json');
    equal(await store.load(), undefined);
    storage.setItem('k', JSON.stringify({ ...midway(), flow: { id: 'other', version: '1' } }));
    equal(await store.load(), undefined);
    storage.setItem('k', '{"__proto__": {"polluted": true}, "format": 1}');
    equal(await store.load(), undefined);
    equal(({} as Record<string, unknown>).polluted, undefined);
  });

  it('restores by re-reading what was typed, never a stored value', () => {
    const saved = JSON.parse(JSON.stringify(midway()));
    saved.answers.applicantName = { value: 'tampered', raw: '  Ana  ' };
    saved.answers.notAQuestion = { value: 'x', raw: 'x' };
    saved.location = { page: 'nowhere', items: [] };
    const state = restoreState(flow, saved);
    equal(state.answers.applicantName.value, 'Ana');
    ok(!('notAQuestion' in state.answers));
    deepEqual(state.location, nav.start().location);
    throws(() => restoreState(flow, { format: 2 }), FlowStateError);
    const long = JSON.parse(JSON.stringify(midway()));
    long.answers.applicantName = { value: null, raw: 'a'.repeat(50_000) };
    equal(
      restoreState(flow, long).answers.applicantName.raw.length,
      50_000,
      'long answers survive',
    );
  });

  it('a server store goes through the same checks', async () => {
    let saved: unknown;
    const store = serverStore(flow, {
      load: async () => saved,
      save: async (state) => {
        saved = JSON.parse(JSON.stringify(state));
      },
      clear: async () => {
        saved = undefined;
      },
    });
    await store.save(midway());
    equal((await store.load())?.answers.heating.value, 'oil');
    saved = 'garbage';
    equal(await store.load(), undefined);
    const failing = sessionStore(flow, {
      storage: {
        ...fakeStorage(),
        setItem: () => {
          throw new Error('QuotaExceededError');
        },
      },
    });
    await rejects(failing.save(midway()), /could not be saved/);
  });

  it('keep any state through a StoredState: its key, its re-check, its sensitive rule', async () => {
    interface Notes {
      open: string;
      secret?: string;
    }
    const kept: StoredState<Notes> = {
      key: 'notes@1',
      restore: (data) => {
        if (typeof (data as Notes).open !== 'string') throw new Error('not notes');
        return data as Notes;
      },
      withoutSensitive: ({ open }) => ({ open }),
    };
    const notes = { open: 'a', secret: 'b' };
    const memory = memoryStateStore(kept);
    await memory.save(notes);
    deepEqual(await memory.load(), notes);
    const storage = fakeStorage();
    await sessionStateStore(kept, { storage }).save(notes);
    deepEqual(JSON.parse(storage.data.get('notes@1')!), notes, 'session keeps everything');
    storage.data.set('notes@1', '{"open": 3}');
    equal(await sessionStateStore(kept, { storage }).load(), undefined, 'refused by restore');
    let time = 0;
    const local = localStateStore(kept, { storage, expiresAfter: 10, now: () => time });
    await local.save(notes);
    ok(!storage.data.get('notes@1')!.includes('"b"'), 'the sensitive part is left out');
    deepEqual(await local.load(), { open: 'a' });
    time = 10;
    equal(await local.load(), undefined, 'expired');
    await local.save(notes);
    await local.clear();
    equal(storage.data.size, 0);
  });
});
