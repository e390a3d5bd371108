// Taro's component props that have no meaning on a plain HTML element (hover feedback, the
// mini-program's text selection and touch-move capture): dropped so React does not write them
// into the page as unknown attributes.
const TARO_ONLY = [
  'hoverClass',
  'hoverStartTime',
  'hoverStayTime',
  'hoverStopPropagation',
  'catchMove',
  'animation',
  'selectable',
  'userSelect',
  'space',
  'decode',
];

export function htmlProps(props, alsoDrop = []) {
  const own = { ...props };
  for (const name of TARO_ONLY) delete own[name];
  for (const name of alsoDrop) delete own[name];
  return own;
}
