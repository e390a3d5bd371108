/**
 * A photo through the mini-program's own path (FAQ 12): chooseMedia gives an original from the
 * album, the app reads its header through the file system manager, compressImage re-encodes it,
 * and uploadFile posts it as multipart to the gateway model, which answers its reference.
 */
import { listUploads } from '../../mock/model/uploads';
import { fill } from '../../src/messages/fill';
import { zhCN } from '../../src/messages/zh-cn';
import { documentPhoto } from './photo-files';
import { launchSignedIn, newDevice, tapText } from './sim-app';

it('checks a photo chosen from the album and uploads it with uploadFile', async () => {
  const device = newDevice();
  const program = await launchSignedIn(device, 'p-all-verified');
  try {
    await tapText(program, zhCN.home.photoCheck);
    await program.waitFor('the photo check', () => program.page().route.includes('photo-check'));
    device.files.willChoose(documentPhoto(1200, 1600));
    await tapText(program, '从相册选择');
    const passed = fill(zhCN.photos.checkPassed, { number: 1 });
    await program.waitFor('the upload answered', () => program.text().includes(passed), 30_000);
    const photoCalls = ['chooseMedia', 'compressImage', 'uploadFile'];
    expect(program.host.calls.filter((name) => photoCalls.includes(name))).toEqual(photoCalls);
    expect(program.host.calls).toContain('getFileSystemManager');
    const stored = listUploads(device.gateway.state, 'p-all-verified');
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({ width: 1200, height: 1600, mimeType: 'image/jpeg' });
  } finally {
    program.close();
  }
  expect(program.errors).toEqual([]);
});
