describe('server time', () => {
  let now = 1000;
  beforeEach(() => {
    now = 1000;
    jest.spyOn(performance, 'now').mockImplementation(() => now);
  });
  afterEach(() => jest.restoreAllMocks());

  async function freshModule() {
    let loaded: typeof import('./server-time') | undefined;
    await jest.isolateModulesAsync(async () => {
      loaded = await import('./server-time');
    });
    if (!loaded) throw new Error('server-time did not load');
    return loaded;
  }

  it('knows no server time before the first answer', async () => {
    const { serverNow } = await freshModule();
    expect(serverNow()).toBeNull();
  });

  it('runs on from the last server time noted, by elapsed time, not the device clock', async () => {
    const { noteServerTime, serverNow } = await freshModule();
    noteServerTime('2022-07-05T10:00:00.000+08:00');
    now += 90_000;
    expect(serverNow()).toBe(Date.parse('2022-07-05T10:01:30.000+08:00'));
  });

  it('follows the most recent server time noted', async () => {
    const { noteServerTime, serverNow } = await freshModule();
    noteServerTime('2022-07-05T10:00:00.000+08:00');
    noteServerTime('2022-07-09T18:00:00.000+08:00');
    expect(serverNow()).toBe(Date.parse('2022-07-09T18:00:00.000+08:00'));
  });

  it("runs on from a cached answer's time until an uncached answer arrives", async () => {
    const { noteCachedServerTime, noteServerTime, serverNow } = await freshModule();
    noteCachedServerTime('2022-07-05T09:59:30.000+08:00');
    expect(serverNow()).toBe(Date.parse('2022-07-05T09:59:30.000+08:00'));
    noteServerTime('2022-07-05T10:00:00.000+08:00');
    expect(serverNow()).toBe(Date.parse('2022-07-05T10:00:00.000+08:00'));
  });

  it("never lets a cached answer's time replace the time of an uncached one", async () => {
    const { noteCachedServerTime, noteServerTime, serverNow } = await freshModule();
    noteServerTime('2022-07-05T10:00:00.000+08:00');
    noteCachedServerTime('2022-07-05T09:59:00.000+08:00');
    expect(serverNow()).toBe(Date.parse('2022-07-05T10:00:00.000+08:00'));
  });

  it('follows a newer cached answer while no uncached one has arrived', async () => {
    const { noteCachedServerTime, serverNow } = await freshModule();
    noteCachedServerTime('2022-07-05T09:59:00.000+08:00');
    noteCachedServerTime('2022-07-05T09:59:40.000+08:00');
    expect(serverNow()).toBe(Date.parse('2022-07-05T09:59:40.000+08:00'));
  });
});
