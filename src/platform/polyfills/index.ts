import { installLanguageBuiltIns } from './language-built-ins';
import { markMissingCssFeatures } from './css-feature-classes';
import { installWebBuiltIns } from './web-built-ins';

// The first module of the H5 bundle (config/index.ts prepends it to the entry), so every later
// module, Taro's runtime included, finds these built-ins. An explicit list, not a blanket
// polyfill library: only what the code calls and the oldest supported webviews lack.
// `globalThis` itself may be missing here, so the global object is found the old way.
const scope = (typeof self !== 'undefined' ? self : window) as unknown as Record<string, unknown>;
installLanguageBuiltIns(scope);
installWebBuiltIns(scope);
markMissingCssFeatures(document, (run) => window.requestAnimationFrame(run));
