// Stands in for polyfills Taro's H5 request imports that no supported webview needs: `fetch` is
// native from Chrome 42 and iOS 10.3, and src/platform/polyfills installs AbortController first.
export {};
