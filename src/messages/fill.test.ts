import { fill } from './fill';

describe('fill', () => {
  it('puts each named value into its slot', () => {
    expect(fill('您好，{name}，还有 {n} 项', { name: '王', n: 2 })).toBe('您好，王，还有 2 项');
  });

  it('leaves a slot without a value visible so a missing value is noticed', () => {
    expect(fill('请稍候 {seconds} 秒', {})).toBe('请稍候 {seconds} 秒');
  });
});
