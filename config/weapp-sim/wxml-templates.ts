/**
 * Reads Taro's base.wxml the way WeChat's view layer uses it: which template renders which node
 * name (`nn`), as which tag, with which attributes taken from which data field, and which events
 * it binds to the page's `eh` entry (bind: bubbles on; catch: stops there).
 */
export interface NodeTemplate {
  tag: string;
  /** Attribute name -> data field of the node (e.g. value -> p25). */
  fields: Record<string, string>;
  bind: Set<string>;
  catch: Set<string>;
}

export type Templates = Map<string, NodeTemplate>;

const TEMPLATE = /<template name="tmpl_(\d+)_([^"]+)">([\s\S]*?)<\/template>/g;
const ATTRIBUTE = /([\w:-]+)="([^"]*)"/g;

function readElement(body: string): NodeTemplate | null {
  if (/^\s*<block>\{\{i\.v\}\}<\/block>/.test(body)) {
    return { tag: '#text', fields: {}, bind: new Set(), catch: new Set() };
  }
  const open = /<([a-z][\w-]*)(\s[^>]*)?>/.exec(body.replace(/<template [^>]*\/>/g, ''));
  if (!open || open[1] === 'template' || open[1] === 'block') return null;
  const template: NodeTemplate = {
    tag: open[1] ?? '',
    fields: {},
    bind: new Set(),
    catch: new Set(),
  };
  for (const [, name = '', value = ''] of (open[2] ?? '').matchAll(ATTRIBUTE)) {
    const event = /^(bind|catch)(\w+)$/.exec(name);
    if (event && value === 'eh') {
      (event[1] === 'bind' ? template.bind : template.catch).add(event[2] ?? '');
      continue;
    }
    const field = /\{\{(?:xs\.b\()?i\.(\w+)/.exec(value);
    if (field?.[1]) template.fields[name] = field[1];
  }
  return template;
}

/** Every node template of base.wxml by node name; depth variants share their level-0 shape. */
export function readTemplates(baseWxml: string): Templates {
  const templates: Templates = new Map();
  const pending: Array<[string, string]> = [];
  for (const [, level, name = '', body = ''] of baseWxml.matchAll(TEMPLATE)) {
    if (level !== '0') continue;
    const element = readElement(body);
    if (element) templates.set(name, element);
    else pending.push([name, body]);
  }
  // Inputs pick a focus or blur variant at run time; both bind the same events.
  for (const [name] of pending) {
    const variant = templates.get(`${name}_blur`) ?? templates.get(`${name}_focus`);
    if (variant) templates.set(name, variant);
  }
  return templates;
}
