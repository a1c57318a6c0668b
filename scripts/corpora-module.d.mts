import type { Plugin as EsbuildPlugin } from 'esbuild'
import type { Plugin as VitePlugin } from 'vite'

export const BUNDLE_ID: string
export const BUNDLE_FILE: string
export const CORPORA_FILES: string[]
export function bundleModuleSource(format: 'esm' | 'cjs'): string
export function wasmModuleSource(path: string): string
export const corporaEsbuildPlugin: EsbuildPlugin
export function corporaVitePlugin(): VitePlugin
