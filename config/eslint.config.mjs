// Lint rules, including the layering of STYLE.md: dependencies point one way
// (features -> components -> stores -> api, host, platform -> domain), features never import each
// other, only platform wrappers import @tarojs/taro, and mock/ imports nothing but the contract.
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

const LAYERS = {
  domain: [
    '@/api/*',
    '@/host/*',
    '@/platform/*',
    '@/stores/*',
    '@/components/*',
    '@/features/*',
    '@/messages/*',
    '@/app-start',
    'react',
    'zustand',
    '@tarojs/*',
  ],
  messages: [
    '@/api/*',
    '@/host/*',
    '@/platform/*',
    '@/stores/*',
    '@/components/*',
    '@/features/*',
    'react',
    '@tarojs/*',
  ],
  api: ['@/host/*', '@/stores/*', '@/components/*', '@/features/*', '@/app-start', 'react'],
  host: ['@/api/*', '@/stores/*', '@/components/*', '@/features/*', '@/app-start', 'react'],
  platform: ['@/api/*', '@/stores/*', '@/components/*', '@/features/*', '@/app-start', 'react'],
  stores: ['@/components/*', '@/features/*', '@/app-start'],
  // Screens may call src/api for what they load or send and do not keep; host bridges are
  // reached through stores only (README, folder map).
  components: ['@/features/*', '@/host/*'],
  features: ['@/features/*', '../*', '../../*', '@/host/*'],
};

const TARO_WRAPPERS = ['src/api/http-send.ts', 'src/host/weapp-bridge.ts', 'src/platform/**'];

// Built-ins that Chrome 61 and iOS 11 webviews lack and src/platform/polyfills does not add
// (README, "The webviews parents have"): code that ships must do without them.
const OLD_WEBVIEWS =
  'Missing on Chrome 61 / iOS 11 webviews and not polyfilled (README, old webviews).';
const NEWER_METHODS = ['at', 'replaceAll', 'matchAll', 'findLast', 'findLastIndex', 'toSorted'];
const NEWER_STATICS = [
  ['Object', 'hasOwn'],
  ['Object', 'groupBy'],
  ['Promise', 'allSettled'],
  ['Promise', 'any'],
  ['crypto', 'randomUUID'],
];
const NEWER_GLOBALS = ['structuredClone', 'queueMicrotask', 'WeakRef', 'AggregateError'];

const SHIPPED_SYNTAX_RULES = [
  {
    selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
    message: 'Render text, never markup.',
  },
  {
    selector: 'JSXText[value=/[^\\s{}()]/]',
    message: 'User-facing text lives in src/messages, not inline in JSX.',
  },
];

function restrict(patterns, message) {
  return {
    '@typescript-eslint/no-restricted-imports': [
      'error',
      { patterns: [{ group: patterns, message, allowTypeImports: true }] },
    ],
  };
}

export default tseslint.config(
  {
    ignores: ['node_modules/**', 'dist/**', 'coverage/**', '.e2e-artifacts/**', 'bench-results/**'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx,js,mjs,cjs}'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: {
      globals: {
        window: 'readonly',
        document: 'readonly',
        navigator: 'readonly',
        console: 'readonly',
        process: 'readonly',
        setTimeout: 'readonly',
        clearTimeout: 'readonly',
        setInterval: 'readonly',
        clearInterval: 'readonly',
        performance: 'readonly',
        fetch: 'readonly',
        URL: 'readonly',
        URLSearchParams: 'readonly',
        AbortController: 'readonly',
        Blob: 'readonly',
        File: 'readonly',
        Image: 'readonly',
        require: 'readonly',
        module: 'writable',
        __dirname: 'readonly',
        crypto: 'readonly',
        TextEncoder: 'readonly',
        TextDecoder: 'readonly',
        Buffer: 'readonly',
        defineAppConfig: 'readonly',
        definePageConfig: 'readonly',
      },
    },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
      'no-console': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-restricted-syntax': ['error', ...SHIPPED_SYNTAX_RULES],
    },
  },
  {
    files: ['**/*.test.{ts,tsx}', 'config/**', 'mock/**'],
    rules: { 'no-restricted-syntax': 'off' },
  },
  {
    files: ['src/**/*.{ts,tsx}', 'types/**/*.ts'],
    ignores: ['**/*.test.{ts,tsx}', '**/*.e2e.test.ts'],
    rules: {
      // Calls only: our own data has properties named like these (a step's `at` time).
      'no-restricted-syntax': [
        'error',
        ...SHIPPED_SYNTAX_RULES,
        {
          selector: `CallExpression > MemberExpression.callee[property.name=/^(${NEWER_METHODS.join('|')})$/]`,
          message: OLD_WEBVIEWS,
        },
      ],
      'no-restricted-properties': [
        'error',
        ...NEWER_STATICS.map(([object, property]) => ({ object, property, message: OLD_WEBVIEWS })),
      ],
      'no-restricted-globals': [
        'error',
        ...NEWER_GLOBALS.map((name) => ({ name, message: OLD_WEBVIEWS })),
      ],
    },
  },
  {
    files: ['config/**/*.{js,cjs}', 'babel.config.js'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['config/e2e/**', 'config/bench/**', 'config/scripts/**', 'mock/http-server.ts'],
    rules: { 'no-console': 'off' },
  },
  ...Object.entries(LAYERS).map(([layer, forbidden]) => ({
    files: [`src/${layer}/**/*.{ts,tsx}`],
    ignores: ['src/**/*.test.{ts,tsx}', ...(layer === 'api' ? ['src/api/gateway-mode*.ts'] : [])],
    rules: restrict(
      [...forbidden, '@mock/*', ...(layer === 'platform' ? [] : ['@tarojs/taro'])],
      `src/${layer} may not import this (STYLE.md layering; Taro calls only in wrappers).`,
    ),
  })),
  {
    files: ['src/**/*.{ts,tsx}'],
    ignores: [
      ...TARO_WRAPPERS,
      ...Object.keys(LAYERS).map((layer) => `src/${layer}/**`),
      'src/**/*.test.{ts,tsx}',
    ],
    rules: restrict(
      ['@tarojs/taro', '@mock/*'],
      'Only platform wrappers call Taro; only gateway-mode knows the mock.',
    ),
  },
  {
    files: TARO_WRAPPERS,
    rules: restrict(
      ['@/stores/*', '@/components/*', '@/features/*', '@mock/*', 'react'],
      'Wrappers stay below stores.',
    ),
  },
  {
    files: ['mock/**/*.ts'],
    rules: restrict(
      ['@/*', '../src/*', '../../src/*'],
      'mock/ imports only the contract in types/.',
    ),
  },
);
