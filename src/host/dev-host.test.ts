import { createDevHost, createVolatileMemory } from './dev-host';

const TICKET = /^dev:([^:]+):([a-z0-9]+)$/;

async function ticketOf(host: ReturnType<typeof createDevHost>): Promise<string> {
  const result = await host.requestTicket();
  if (!result.ok) throw new Error(`expected a ticket, got ${result.reason}`);
  return result.ticket;
}

describe('createDevHost', () => {
  it('asks for a parent to be chosen while none is', async () => {
    const host = createDevHost(createVolatileMemory());
    await expect(host.requestTicket()).resolves.toEqual({ ok: false, reason: 'choose-parent' });
  });

  it('stands for the dev host at the gateway', () => {
    expect(createDevHost(createVolatileMemory()).id).toBe('dev');
  });

  it('hands out tickets in the mock identity service format dev:<parentId>:<nonce>', async () => {
    const host = createDevHost(createVolatileMemory());
    host.choose('p-migrant-worker');
    const ticket = await ticketOf(host);
    expect(ticket).toMatch(TICKET);
    expect(TICKET.exec(ticket)?.[1]).toBe('p-migrant-worker');
  });

  it('uses a new nonce for every ticket, since the gateway accepts each ticket once', async () => {
    const host = createDevHost(createVolatileMemory('p-all-verified'));
    const tickets = await Promise.all(Array.from({ length: 50 }, () => ticketOf(host)));
    expect(new Set(tickets).size).toBe(50);
  });

  it('remembers the choice in the memory it was given', async () => {
    const memory = createVolatileMemory();
    createDevHost(memory).choose('p-transfer-family');
    expect(memory.get()).toBe('p-transfer-family');
    expect(await ticketOf(createDevHost(memory))).toMatch(/^dev:p-transfer-family:/);
  });

  it.each(['not-logged-in', 'cancelled', 'refused', 'legal-person', 'unavailable'] as const)(
    'fails the first request with a simulated %s, then succeeds',
    async (reason) => {
      const host = createDevHost(createVolatileMemory('p-all-verified'), reason);
      await expect(host.requestTicket()).resolves.toEqual({ ok: false, reason });
      await expect(host.requestTicket()).resolves.toMatchObject({ ok: true });
      await expect(host.requestTicket()).resolves.toMatchObject({ ok: true });
    },
  );

  it('ignores a simulated failure it does not know', async () => {
    const host = createDevHost(createVolatileMemory('p-all-verified'), 'meteor-strike');
    await expect(host.requestTicket()).resolves.toMatchObject({ ok: true });
  });

  it('forgets the chosen parent on sign-out', async () => {
    const memory = createVolatileMemory();
    const host = createDevHost(memory);
    host.choose('p-all-verified');
    await host.signOut();
    expect(memory.get()).toBeNull();
    await expect(host.requestTicket()).resolves.toEqual({ ok: false, reason: 'choose-parent' });
  });
});

describe('createVolatileMemory', () => {
  it('starts with the value it is given and keeps what is set', () => {
    const memory = createVolatileMemory('p-1');
    expect(memory.get()).toBe('p-1');
    memory.set('p-2');
    expect(memory.get()).toBe('p-2');
    memory.set(null);
    expect(memory.get()).toBeNull();
  });

  it('starts empty by default', () => {
    expect(createVolatileMemory().get()).toBeNull();
  });
});
