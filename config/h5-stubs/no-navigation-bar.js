// Stands in for @tarojs/router's navigationBar.js. Taro draws its H5 title bar only for pages
// whose navigationStyle is 'default'; no page sets it (the app draws its own title bar,
// src/components/title-bar.tsx), yet Taro would still build the hidden bar, three SVG icons and
// its stylesheet at every start. Without the element, Taro's bar handler does nothing but set
// document.title, which it guards for.
export function initNavigationBar() {}
