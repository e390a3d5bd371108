// What `@tarojs/components` means in the H5 build (config/index.ts). Taro's React proxies all
// live in one module, so every page chunk carried every component any page uses (the picker
// alone is about 5 KB gzip). Here each component the app uses is its own module, and a page's
// chunk holds only the ones it renders. Any other component still comes from Taro's module.
export { Button } from './button.js';
export { Image } from './image.js';
export { Input } from './input.js';
export { Picker } from './picker.js';
export { Progress } from './progress.js';
export { Text } from './text.js';
export { View } from './view.js';
export * from '@tarojs/components/lib/react/index.js';
