import { launchSignedIn, newDevice } from './sim-app';

describe('the logic-layer stand-in gives only what WeChat gives', () => {
  it('runs the app with no window, fetch, crypto, TextEncoder, atob or eval', async () => {
    const program = await launchSignedIn(newDevice(), 'p-all-verified');
    try {
      for (const name of ['window', 'document', 'fetch', 'crypto', 'TextEncoder', 'atob', 'btoa']) {
        expect([name, program.globalType(name)]).toEqual([name, 'undefined']);
      }
      for (const name of ['App', 'Page', 'Component', 'getApp', 'getCurrentPages', 'setTimeout']) {
        expect([name, program.globalType(name)]).toEqual([name, 'function']);
      }
      expect(program.globalType('wx')).toBe('object');
      expect(program.canEval()).toBe(false);
    } finally {
      program.close();
    }
    expect(program.errors).toEqual([]);
  });
});
