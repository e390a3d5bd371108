/**
 * A photo through the mini-program's own path (FAQ 12): chooseMedia gives an original from the
 * album, the app reads its header through the file system manager, compressImage re-encodes it,
 * and uploadFile posts it as multipart to the gateway model, which answers its reference.
 */
import { findUpload } from '../../mock/model/uploads';
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
    await program.waitFor('the upload answered', () => /上传编号 \S+/.test(program.text()), 30_000);
    const photoCalls = ['chooseMedia', 'compressImage', 'uploadFile'];
    expect(program.host.calls.filter((name) => photoCalls.includes(name))).toEqual(photoCalls);
    expect(program.host.calls).toContain('getFileSystemManager');
    const id = /上传编号 (\S+)/.exec(program.text())?.[1] ?? '';
    const stored = findUpload(device.gateway.state, id, 'p-all-verified');
    expect(stored).toMatchObject({ width: 1200, height: 1600, mimeType: 'image/jpeg' });
  } finally {
    program.close();
  }
  expect(program.errors).toEqual([]);
});
