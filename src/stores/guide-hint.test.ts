import { resetTaroDouble } from '../../config/test-doubles/taro';
import { deviceStorage } from '@/platform/storage';
import { guideExpectedFolded, noteGuideFolded } from './guide-hint';

beforeEach(() => resetTaroDouble());

describe('the service guide hint', () => {
  it('expects an open guide on a phone that has never shown a start page', () => {
    expect(guideExpectedFolded('enrollment')).toBe(false);
    expect(guideExpectedFolded('transfer')).toBe(false);
  });

  it('remembers a folded guide per subsystem until the start page opens it again', () => {
    noteGuideFolded('enrollment', true);
    expect(guideExpectedFolded('enrollment')).toBe(true);
    expect(guideExpectedFolded('transfer')).toBe(false);
    noteGuideFolded('transfer', true);
    noteGuideFolded('enrollment', false);
    expect(guideExpectedFolded('enrollment')).toBe(false);
    expect(guideExpectedFolded('transfer')).toBe(true);
  });

  it('treats a damaged or foreign value as nothing remembered', () => {
    deviceStorage.write('guide-folded.v1', 'not json');
    expect(guideExpectedFolded('enrollment')).toBe(false);
    deviceStorage.write('guide-folded.v1', '{"enrollment":true}');
    expect(guideExpectedFolded('enrollment')).toBe(false);
    deviceStorage.write('guide-folded.v1', '["enrollment","admin"]');
    expect(guideExpectedFolded('enrollment')).toBe(true);
  });

  it('keeps the page working when the phone refuses to store the hint', () => {
    const write = jest.spyOn(deviceStorage, 'write').mockImplementation(() => {
      throw new Error('full');
    });
    expect(() => noteGuideFolded('enrollment', true)).not.toThrow();
    expect(guideExpectedFolded('enrollment')).toBe(false);
    write.mockRestore();
  });
});
