// What `@tarojs/components` means in the H5 build (config/index.ts). The components the app
// renders are plain HTML elements written here (view, text, button, input, image): Taro's own are
// web components whose runtime (Stencil, with Taro's React glue, about 16 KB gzip) every page
// carried and which drew nothing until they had been defined. Each is a module of its own so a
// page's chunk holds only the ones it renders; the picker stays Taro's, in its own chunk. Any
// other component still comes from Taro's module.
export { Button } from './button.js';
export { Image } from './image.js';
export { Input } from './input.js';
export { Picker } from './picker.js';
export { Text } from './text.js';
export { View } from './view.js';
export * from '@tarojs/components/lib/react/index.js';
