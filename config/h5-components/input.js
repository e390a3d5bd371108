import { defineCustomElement } from '@tarojs/components/dist/components/taro-input-core.js';
import { taroComponent } from './taro-component.js';

export const Input = /*#__PURE__*/ taroComponent('taro-input-core', defineCustomElement);
