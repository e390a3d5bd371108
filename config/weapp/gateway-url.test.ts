import { assertWeappGatewayUrl, weappGatewayUrlProblem } from './gateway-url';

describe('the weapp build refuses a gateway URL the mini-program cannot reach', () => {
  it('refuses the relative H5 address and names the variable', () => {
    expect(() => assertWeappGatewayUrl('/gateway', true)).toThrow(
      'TARO_APP_WEAPP_GATEWAY_URL must be an absolute https URL, got "/gateway"',
    );
  });

  it('refuses a missing, plain-http, credentialed or trailing-slash address', () => {
    expect(weappGatewayUrlProblem(undefined, false)).toMatch(/not set/);
    expect(weappGatewayUrlProblem('', false)).toMatch(/not set/);
    expect(weappGatewayUrlProblem('http://gateway.jinan.example.cn', false)).toMatch(/https/);
    expect(weappGatewayUrlProblem('https://u:p@gw.jinan.gov.cn', false)).toMatch(/credentials/);
    expect(weappGatewayUrlProblem('https://gw.jinan.gov.cn/', false)).toMatch(/end with/);
    expect(weappGatewayUrlProblem('https://gw.jinan.gov.cn/g?x=1', false)).toMatch(/query/);
  });

  it('refuses test-only host names in a production build but not in test builds', () => {
    expect(weappGatewayUrlProblem('https://gateway.invalid', true)).toMatch(/test host/);
    expect(weappGatewayUrlProblem('https://gateway.weapp-sim.test', true)).toMatch(/test host/);
    expect(weappGatewayUrlProblem('https://localhost/gateway', true)).toMatch(/test host/);
    expect(weappGatewayUrlProblem('https://gateway.weapp-sim.test', false)).toBeNull();
  });

  it('accepts an absolute https address on a real domain', () => {
    expect(
      weappGatewayUrlProblem('https://jnedu.jinan.gov.cn/registration-gateway', true),
    ).toBeNull();
  });
});
