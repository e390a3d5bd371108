import { defineCustomElement } from '@tarojs/components/dist/components/taro-progress-core.js';
import { taroComponent } from './taro-component.js';

export const Progress = /*#__PURE__*/ taroComponent('taro-progress-core', defineCustomElement);
