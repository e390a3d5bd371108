/** One signed-in mini-program on the gateway model, for the journeys. */
import path from 'node:path';
import { createGateway, type MockGateway } from '../../mock/router';
import { MiniProgram } from './mini-program';
import { PhotoFiles } from './photo-files';
import { WxStorage } from './wx-storage';

export const DIST = path.resolve(__dirname, '../../dist/weapp-sim');
/** The gateway address of the harness build (.env.sim). */
export const GATEWAY_BASE = 'https://gateway.weapp-sim.test';

export interface Device {
  gateway: MockGateway;
  storage: WxStorage;
  files: PhotoFiles;
}

/** A phone: its storage and files outlive the mini-program; the gateway is shared. */
export function newDevice(gateway: MockGateway = createGateway()): Device {
  return { gateway, storage: new WxStorage(), files: new PhotoFiles() };
}

/** Launches the mini-program on `device` and waits for the signed-in home page. */
export async function launchSignedIn(device: Device, parentId: string): Promise<MiniProgram> {
  const program = await MiniProgram.launch({
    distDir: DIST,
    gateway: device.gateway,
    gatewayBase: GATEWAY_BASE,
    storage: device.storage,
    files: device.files,
    parentId,
  });
  try {
    await program.waitFor('the signed-in home page', () => program.text().includes('您好'));
  } catch (error) {
    // Its timers would keep jest running long after the failure is reported.
    program.close();
    throw error;
  }
  return program;
}

/** The first input after the text `label` on the screen (fields carry their label above them). */
export function inputAfter(program: MiniProgram, label: string) {
  const nodes = program.nodes();
  const at = nodes.findIndex((node) => node.tag === '#text' && node.text.includes(label));
  const input = at < 0 ? undefined : nodes.slice(at).find((node) => node.tag === 'input');
  if (!input) throw new Error(`no input after "${label}" on ${program.page().route}`);
  return input;
}

/** Taps the innermost node showing `text`, once it is there. */
export async function tapText(program: MiniProgram, text: string): Promise<void> {
  program.tap(await program.waitForNode({ text }));
}

/** The gateway's copies of a parent's drafts, as text (for "does it hold what was typed"). */
export function serverDrafts(device: Device, parentId: string): string {
  return JSON.stringify(device.gateway.state.drafts?.[parentId] ?? {});
}
