import path from 'node:path';
import { createGateway } from '../../mock/router';
import { MiniProgram } from './mini-program';
import { WxStorage } from './wx-storage';

const DIST = path.resolve(__dirname, '../../dist/weapp-sim');
const BASE = 'https://gateway.weapp-sim.test';

it('launches and shows the home page', async () => {
  const program = await MiniProgram.launch({
    distDir: DIST,
    gateway: createGateway(),
    gatewayBase: BASE,
    storage: new WxStorage(),
    parentId: 'p-all-verified',
  });
  try {
    await program.waitFor('home text', () => program.text().length > 0);
  } finally {
    program.close();
  }
  expect(program.errors).toEqual([]);
});
