import { loadJssdkScript } from './jssdk-loader';

const URL_OF_LOADER = 'https://host.example/lightapp/jssdk.js';

function loaders(): HTMLScriptElement[] {
  return [...document.querySelectorAll('script')].filter((s) => s.src === URL_OF_LOADER);
}

afterEach(() => {
  document.head.innerHTML = '';
});

describe('loadJssdkScript', () => {
  it('adds the host’s loader script to the page', () => {
    loadJssdkScript(document, URL_OF_LOADER);
    expect(loaders()).toHaveLength(1);
  });

  it('adds it only once, however often sign-in is attempted', () => {
    loadJssdkScript(document, URL_OF_LOADER);
    loadJssdkScript(document, URL_OF_LOADER);
    loadJssdkScript(document, URL_OF_LOADER);
    expect(loaders()).toHaveLength(1);
  });

  it('adds nothing when the build names no loader', () => {
    loadJssdkScript(document, '');
    expect(document.querySelectorAll('script')).toHaveLength(0);
  });

  it('asks for the script afresh on the next attempt after it failed to load', () => {
    loadJssdkScript(document, URL_OF_LOADER);
    loaders()[0]?.dispatchEvent(new Event('error'));
    expect(loaders()).toHaveLength(0);
    loadJssdkScript(document, URL_OF_LOADER);
    expect(loaders()).toHaveLength(1);
  });
});
