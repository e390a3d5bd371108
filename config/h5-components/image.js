import { defineCustomElement } from '@tarojs/components/dist/components/taro-image-core.js';
import { taroComponent } from './taro-component.js';

export const Image = /*#__PURE__*/ taroComponent('taro-image-core', defineCustomElement);
