import type { Plugin as EsbuildPlugin } from 'esbuild'
import type { Plugin as VitePlugin } from 'vite'

export const CORPORA_FILE: RegExp
export function corporaModuleSource(path: string): string
export const corporaEsbuildPlugin: EsbuildPlugin
export function corporaVitePlugin(): VitePlugin
