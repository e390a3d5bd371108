import postcss from 'postcss';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const fallbacks = require('./old-webview-fallbacks.js') as (options?: object) => postcss.Plugin;

async function run(css: string, baseCss = css): Promise<string> {
  const baseLayouts = new Map<string, Record<string, string>>();
  postcss.parse(baseCss).walkRules((rule) => {
    const declarations: Record<string, string> = {};
    rule.walkDecls((declaration) => {
      declarations[declaration.prop] = declaration.value;
    });
    for (const selector of rule.selectors) {
      if (/^\.[\w-]+$/.test(selector)) baseLayouts.set(selector.slice(1), declarations);
    }
  });
  const result = await postcss([fallbacks({ baseLayouts })]).process(css, { from: undefined });
  return result.css.replace(/\s+/g, ' ').trim();
}

describe('CSS fallbacks for old webviews', () => {
  it('spaces the children of a flex column with top margins where flex gap is missing', async () => {
    await expect(
      run('.card { display: flex; flex-direction: column; gap: .3rem; }'),
    ).resolves.toContain('.no-flex-gap .card > * + * { margin-top: .3rem; margin-left: 0; }');
  });

  it('spaces a flex row with left margins and a wrapping row on both axes', async () => {
    await expect(run('.row { display: flex; gap: .2rem .4rem; }')).resolves.toContain(
      '.no-flex-gap .row > * + * { margin-left: .4rem; margin-top: 0; }',
    );
    await expect(run('.tags { display: flex; flex-wrap: wrap; gap: .5rem; }')).resolves.toContain(
      '.no-flex-gap .tags > * { margin-right: .5rem; margin-bottom: .5rem; }',
    );
  });

  it('completes a rule that only turns a base layout into a column from the base rule', async () => {
    const base = '.footer { display: flex; flex-wrap: wrap; gap: .8rem; }';
    const elder = '.page--elder .footer { flex-direction: column; }';
    const output = await run(elder, base);
    expect(output).toContain(
      '.no-flex-gap .page--elder .footer > * + * { margin-top: .8rem; margin-left: 0; }',
    );
    expect(output).toContain(
      '.no-flex-gap .page--elder .footer > * { margin-right: 0; margin-bottom: 0; }',
    );
  });

  it('adds nothing for a block that is not a flex container', async () => {
    await expect(run('.block { gap: .3rem; }')).resolves.toBe('.block { gap: .3rem; }');
  });

  it('repeats a :focus-visible rule on :focus for engines without it', async () => {
    await expect(run('.page :focus-visible { outline: 3px solid blue; }')).resolves.toContain(
      '.no-focus-visible .page :focus { outline: 3px solid blue; }',
    );
  });

  it('puts a plain value before max(), min() and clamp()', async () => {
    await expect(
      run('.x { font-size: max(1rem, .45rem); width: clamp(1px, 50%, 9px); }'),
    ).resolves.toBe(
      '.x { font-size: 1rem; font-size: max(1rem, .45rem); width: 50%; width: clamp(1px, 50%, 9px); }',
    );
  });
});
