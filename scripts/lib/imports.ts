// The pure part of scripts/check-imports.ts: the module specifiers of a source text, their resolution to files, the
// layer of a file and the import cycles of a graph. Paths are POSIX and relative to the repository root (`src/a/x.ts`).
import { posix } from 'node:path'
import ts from 'typescript'

/**
 * Every module specifier a TypeScript text names, in source order: `import`/`import type`/`export … from`, side-effect
 * `import '…'`, `import x = require('…')`, dynamic `import('…')` with a string literal and `import('…').T` in types.
 */
export function importSpecifiers(fileName: string, text: string): string[] {
  const source = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS)
  const specifiers: string[] = []
  const visit = (node: ts.Node): void => {
    const specifier = specifierOf(node)
    if (specifier !== undefined) specifiers.push(specifier)
    ts.forEachChild(node, visit)
  }
  visit(source)
  return specifiers
}

function specifierOf(node: ts.Node): string | undefined {
  if (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) return literalText(node.moduleSpecifier)
  if (ts.isImportEqualsDeclaration(node) && ts.isExternalModuleReference(node.moduleReference)) {
    return literalText(node.moduleReference.expression)
  }
  if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) return literalText(node.arguments[0])
  if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument)) return literalText(node.argument.literal)
  return undefined
}

/** The text of a string literal; undefined for anything computed (`import(name)` cannot be followed statically). */
function literalText(node: ts.Node | undefined): string | undefined {
  return node !== undefined && (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) ? node.text : undefined
}

/** Extensions a specifier of a TypeScript module may carry; any other extension names a data file (`.tsv`, `.wasm`). */
const CODE_EXTENSIONS = new Set(['', '.js', '.ts', '.mjs', '.mts', '.jsx', '.tsx'])

export type Resolution =
  | { kind: 'file'; path: string }
  /** A package, a virtual module or a data file: not part of the layering. */
  | { kind: 'ignored' }
  | { kind: 'unresolved'; tried: string[] }

/**
 * Where `specifier`, imported by the file `from`, leads among `files` (the checked .ts files): `./x.js` → `./x.ts`,
 * `./x` → `./x.ts` or `./x/index.ts`. Only relative specifiers to code inside `root` take part.
 */
export function resolveImport(from: string, specifier: string, files: ReadonlySet<string>, root = 'src'): Resolution {
  if (!specifier.startsWith('./') && !specifier.startsWith('../') && specifier !== '.' && specifier !== '..') {
    return { kind: 'ignored' }
  }
  const path = posix.join(posix.dirname(from), specifier)
  if (!path.startsWith(`${root}/`)) return { kind: 'ignored' }
  const extension = posix.extname(path)
  if (!CODE_EXTENSIONS.has(extension)) return { kind: 'ignored' }
  const stem = extension === '' ? path : path.slice(0, -extension.length)
  const candidates = extension === '' ? [`${path}.ts`, `${path}/index.ts`] : [`${stem}.ts`]
  const found = candidates.find((candidate) => files.has(candidate))
  return found === undefined ? { kind: 'unresolved', tried: candidates } : { kind: 'file', path: found }
}

/** The index of the layer `path` belongs to, or undefined; a layer is a file (`src/types.ts`) or a folder (`src/shared/`). */
export function layerOf(path: string, layers: readonly string[]): number | undefined {
  const index = layers.findIndex((layer) => (layer.endsWith('/') ? path.startsWith(layer) : path === layer))
  return index < 0 ? undefined : index
}

/** A layer's name in messages: `src/shared/` → `shared`, `src/types.ts` → `types.ts`. */
export function layerName(layer: string): string {
  const name = layer.startsWith('src/') ? layer.slice('src/'.length) : layer
  return name.endsWith('/') ? name.slice(0, -1) : name
}

/**
 * The strongly connected components of `graph` that hold a cycle (more than one file, or a file importing itself),
 * each sorted, by Tarjan's algorithm with an explicit stack: linear in files plus imports, and no recursion depth limit.
 */
export function findCycles(graph: ReadonlyMap<string, readonly string[]>): string[][] {
  const index = new Map<string, number>()
  const low = new Map<string, number>()
  const stack: string[] = []
  const onStack = new Set<string>()
  const components: string[][] = []
  const enter = (node: string): void => {
    const order = index.size
    index.set(node, order)
    low.set(node, order)
    stack.push(node)
    onStack.add(node)
  }
  const lower = (node: string, value: number): void => {
    low.set(node, Math.min(low.get(node)!, value))
  }
  for (const root of graph.keys()) {
    if (index.has(root)) continue
    enter(root)
    const work = [{ node: root, next: 0 }]
    while (work.length > 0) {
      const frame = work[work.length - 1]!
      const targets = graph.get(frame.node) ?? []
      if (frame.next < targets.length) {
        const target = targets[frame.next++]!
        if (!index.has(target)) {
          enter(target)
          work.push({ node: target, next: 0 })
        } else if (onStack.has(target)) lower(frame.node, index.get(target)!)
        continue
      }
      work.pop()
      const parent = work[work.length - 1]
      if (parent !== undefined) lower(parent.node, low.get(frame.node)!)
      if (low.get(frame.node) !== index.get(frame.node)) continue
      const component: string[] = []
      let member: string
      do {
        member = stack.pop()!
        onStack.delete(member)
        component.push(member)
      } while (member !== frame.node)
      if (component.length > 1 || targets.includes(frame.node)) components.push(component.sort())
    }
  }
  return components
}

/**
 * A shortest cycle through the first file of `component`, as a path that ends where it starts (`a → b → a`): a
 * breadth-first search that stays inside the component, so a large tangle is shown by one concrete loop.
 */
export function cyclePath(component: readonly string[], graph: ReadonlyMap<string, readonly string[]>): string[] {
  const start = component[0]!
  const inside = new Set(component)
  const previous = new Map<string, string>()
  const queue = [start]
  for (let head = 0; head < queue.length; head++) {
    const node = queue[head]!
    for (const target of graph.get(node) ?? []) {
      if (target === start) return [...pathTo(node, start, previous), start]
      if (!inside.has(target) || previous.has(target)) continue
      previous.set(target, node)
      queue.push(target)
    }
  }
  return [start, start]
}

function pathTo(node: string, start: string, previous: ReadonlyMap<string, string>): string[] {
  const path = [node]
  for (let at = node; at !== start; ) {
    at = previous.get(at)!
    path.push(at)
  }
  return path.reverse()
}

export interface ImportReport {
  files: number
  /** Module specifiers found, packages and data files included. */
  imports: number
  /** Distinct file-to-file imports inside the checked tree: the edges of the graph. */
  edges: number
  upward: string[]
  cycles: string[]
  unplaced: string[]
  unresolved: string[]
}

/** Checks the files of `sources` (path → text) against `layers`, lowest first; each violation is one message line. */
export function checkImports(sources: ReadonlyMap<string, string>, layers: readonly string[], root = 'src'): ImportReport {
  const files = new Set(sources.keys())
  const graph = new Map<string, string[]>()
  const report: ImportReport = { files: files.size, imports: 0, edges: 0, upward: [], cycles: [], unplaced: [], unresolved: [] }
  for (const [path, text] of [...sources].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const specifiers = importSpecifiers(path, text)
    report.imports += specifiers.length
    const targets = new Set<string>()
    for (const specifier of specifiers) {
      const resolution = resolveImport(path, specifier, files, root)
      if (resolution.kind === 'file') targets.add(resolution.path)
      if (resolution.kind === 'unresolved') report.unresolved.push(`unresolved: ${path} imports '${specifier}' (no ${resolution.tried.join(' or ')})`)
    }
    graph.set(path, [...targets].sort())
    report.edges += targets.size
  }
  for (const [path, targets] of graph) {
    const layer = layerOf(path, layers)
    if (layer === undefined) {
      report.unplaced.push(`unplaced: ${path} is in no layer (add it or its folder to LAYERS in scripts/check-imports.ts)`)
      continue
    }
    for (const target of targets) {
      const targetLayer = layerOf(target, layers)
      if (targetLayer === undefined || targetLayer <= layer) continue
      report.upward.push(`upward: ${path} (layer ${layerName(layers[layer]!)}) imports ${target} (layer ${layerName(layers[targetLayer]!)})`)
    }
  }
  for (const component of findCycles(graph)) {
    const path = cyclePath(component, graph)
    const others = component.filter((file) => !path.includes(file))
    const rest = others.length === 0 ? '' : ` (other cycles tie in ${others.join(', ')})`
    report.cycles.push(`cycle: ${path.join(' → ')}${rest}`)
  }
  return report
}

export function violationCount(report: ImportReport): number {
  return report.upward.length + report.cycles.length + report.unplaced.length + report.unresolved.length
}
