import { gatewayDate } from './gateway-date';

describe('gatewayDate', () => {
  it('gives the Beijing date even when it is still the previous day in UTC', () => {
    expect(gatewayDate(Date.parse('2022-07-04T17:30:00Z'))).toBe('2022-07-05');
  });

  it('gives the same date just before Beijing midnight', () => {
    expect(gatewayDate(Date.parse('2022-07-05T15:59:59Z'))).toBe('2022-07-05');
  });
});
