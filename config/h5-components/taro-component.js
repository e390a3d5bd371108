// Taro's own React proxy for one of its web components, as @tarojs/components/lib/react builds
// them all in a single module.
import { manipulatePropsFunction } from '@tarojs/components/lib/react/helper.js';
import { createReactComponent } from '@tarojs/components/lib/react/react-component-lib/index.js';

export function taroComponent(tagName, defineCustomElement) {
  return createReactComponent(tagName, undefined, manipulatePropsFunction, defineCustomElement);
}
