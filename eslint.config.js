// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import astro from 'eslint-plugin-astro';
import globals from 'globals';

// The layer rules (docs/arquitectura.md): src/lib is pure domain logic and src/schemas only describes content.
const SOLO_PURO = [
  { group: ['astro:*', 'astro', 'astro/*'], message: 'src/lib es lógica pura: sin Astro (vea docs/arquitectura.md).' },
  {
    group: ['node:fs', 'node:fs/*', 'fs', 'fs/*', 'node:child_process', 'node:process'],
    message: 'src/lib es lógica pura: sin archivos ni procesos.',
  },
  { group: ['../../*/**', '!../../lib/**', '!../../schemas/**'], message: 'src/lib sólo importa de src/lib y src/schemas.' },
];

export default tseslint.config(
  { ignores: ['dist/', 'dist-*/', '**/.astro/', 'coverage/', 'informes/', 'sinteticos/', 'tmp/', 'node_modules/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...astro.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
    },
  },
  // Tests read untyped JSON, YAML and HTML from the built site: `any` there saves casts that check nothing.
  { files: ['tests/**/*.ts'], rules: { '@typescript-eslint/no-explicit-any': 'off' } },
  {
    files: ['src/lib/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: SOLO_PURO }],
      'no-restricted-globals': [
        'error',
        { name: 'process', message: 'src/lib no lee el entorno: reciba el valor como argumento (src/configuracion.ts).' },
      ],
    },
  },
  {
    files: ['src/schemas/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['../*', '!../schemas/**'], message: 'src/schemas sólo importa otros esquemas (y zod).' }] },
      ],
    },
  },
);
