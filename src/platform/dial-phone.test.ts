import { dialPhone, findDeviceCall } from './dial-phone.h5';
import { dialableNumber } from './dialable-number';

describe('dialableNumber', () => {
  it('keeps the digits and a leading plus', () => {
    expect(dialableNumber('0531-00000000')).toBe('053100000000');
    expect(dialableNumber(' +86 531 0000 0000 ')).toBe('+8653100000000');
    expect(dialableNumber('12+34')).toBe('1234');
  });
});

describe('dialPhone', () => {
  it('dials through the host’s device.call where the bridge has it', () => {
    const call = jest.fn();
    const open = jest.fn();
    dialPhone('0531-00000000', { lightAppJssdk: { device: { call } } }, open);
    expect(call).toHaveBeenCalledWith({ phone: '053100000000' });
    expect(open).not.toHaveBeenCalled();
  });

  it('calls device.call on the device object, as a bridge method expects', () => {
    const device = {
      calls: 0,
      call() {
        this.calls += 1;
      },
    };
    dialPhone('0531-00000000', { lightAppJssdk: { device } }, jest.fn());
    expect(device.calls).toBe(1);
  });

  it('opens a tel: link without a host dialler', () => {
    const open = jest.fn();
    dialPhone('0531-00000000', {}, open);
    dialPhone('0531-00000000', { lightAppJssdk: { device: { call: 'no' } } }, open);
    expect(open.mock.calls).toEqual([['tel:053100000000'], ['tel:053100000000']]);
  });

  it('falls back to the tel: link when the host dialler throws', () => {
    const open = jest.fn();
    const call = () => {
      throw new Error('not supported');
    };
    dialPhone('0531-00000000', { lightAppJssdk: { device: { call } } }, open);
    expect(open).toHaveBeenCalledWith('tel:053100000000');
  });

  it('does nothing for a number without digits', () => {
    const open = jest.fn();
    dialPhone('—', {}, open);
    expect(open).not.toHaveBeenCalled();
  });
});

describe('findDeviceCall', () => {
  it('answers null without a bridge', () => {
    expect(findDeviceCall(undefined)).toBeNull();
    expect(findDeviceCall({ lightAppJssdk: null })).toBeNull();
  });
});
