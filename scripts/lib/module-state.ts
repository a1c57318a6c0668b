// Module-level mutable state in src/: all mutable state belongs to an engine instance, so test/module-state.test.ts
// lists what this finds and allows only an explicit list. Only the top-level statements of each file are read, with the
// TypeScript parser (no type checker, so the rules look at syntax only).
//
// Rules:
// - Every top-level `let` or `var` is a finding (kind 'let'), exported or not: it can be reassigned.
// - A top-level `const` is a finding (kind 'mutable const') when its initializer, after stripping parentheses, `as`,
//   `satisfies` and `!`, is a mutable container: a `new` expression (any class), an array or object literal, or a call
//   of Array.from, Array.of, structuredClone, Object.assign or Object.create.
// - Not findings: primitive and regex literals, functions, classes, Object.freeze(...) (frozen at run time), any other
//   call (we cannot know what it returns), and a const whose type annotation's text starts with `Readonly` or
//   `readonly ` (ReadonlyMap, Readonly<…>, readonly string[]): the compiler stops every writer.
// - An array or object literal `as const` is read-only to every user at the type level, so it is no finding unless the
//   const is exported (`export const`, `export { name }`, `export default name`): the package's users, in plain
//   JavaScript or the other module format, can write to it, so an exported literal must be wrapped in Object.freeze.
// - Ignored: destructuring consts, `declare` (ambient: no state here), statements that mutate state at import time.
import { readdirSync, readFileSync } from 'node:fs'
import { join, relative, sep } from 'node:path'
import ts from 'typescript'

export interface ModuleStateFinding {
  file: string
  name: string
  kind: 'let' | 'mutable const'
  line: number
}

/** Calls that return a new mutable container, as `object.method` or a bare function name. */
const CONTAINER_CALLS = new Set(['Array.from', 'Array.of', 'structuredClone', 'Object.assign', 'Object.create'])

/** The findings in one file's source text; `file` is used as given in the findings. */
export function findModuleState(file: string, text: string): ModuleStateFinding[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS)
  const exported = exportedNames(source)
  const findings: ModuleStateFinding[] = []
  for (const statement of source.statements) {
    if (!ts.isVariableStatement(statement) || hasModifier(statement, ts.SyntaxKind.DeclareKeyword)) continue
    const flags = statement.declarationList.flags
    // `await using` carries the Const flag too; a disposable resource is not kept state.
    if (flags & ts.NodeFlags.Using) continue
    const isExported = hasModifier(statement, ts.SyntaxKind.ExportKeyword)
    const at = (name: ts.Node) => source.getLineAndCharacterOfPosition(name.getStart(source)).line + 1
    for (const declaration of statement.declarationList.declarations) {
      if (!(flags & ts.NodeFlags.Const)) {
        for (const name of boundNames(declaration.name)) findings.push({ file, name: name.text, kind: 'let', line: at(name) })
      } else if (ts.isIdentifier(declaration.name)) {
        const name = declaration.name.text
        if (isMutableConst(declaration, source, isExported || exported.has(name)))
          findings.push({ file, name, kind: 'mutable const', line: at(declaration.name) })
      }
    }
  }
  return findings
}

/** The findings in every src/**∕*.ts under `root` (not *.d.ts, not AssemblyScript *.as.ts), with 'src/…' paths. */
export function scanModuleState(root: string): ModuleStateFinding[] {
  return sourceFiles(join(root, 'src')).flatMap((path) =>
    findModuleState(relative(root, path).split(sep).join('/'), readFileSync(path, 'utf8')),
  )
}

function sourceFiles(dir: string): string[] {
  const entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))
  return entries.flatMap((entry) => {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) return sourceFiles(path)
    const isSource = entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts') && !entry.name.endsWith('.as.ts')
    return entry.isFile() && isSource ? [path] : []
  })
}

function isMutableConst(declaration: ts.VariableDeclaration, source: ts.SourceFile, isExported: boolean): boolean {
  const type = declaration.type?.getText(source)
  if (type !== undefined && (type.startsWith('Readonly') || type.startsWith('readonly '))) return false
  let init = declaration.initializer
  let asConst = false
  while (init && isWrapper(init)) {
    if (ts.isAsExpression(init) && ts.isConstTypeReference(init.type)) asConst = true
    init = init.expression
  }
  if (init === undefined) return false
  if (ts.isNewExpression(init)) return true
  if (ts.isArrayLiteralExpression(init) || ts.isObjectLiteralExpression(init)) return isExported || !asConst
  return ts.isCallExpression(init) && CONTAINER_CALLS.has(calleeName(init.expression))
}

/** Wrappers that change only the type (or grouping) of the expression inside: `(x)`, `x as T`, `<T>x`, `x satisfies T`, `x!`. */
function isWrapper(node: ts.Expression): node is ts.Expression & { expression: ts.Expression } {
  return (
    ts.isParenthesizedExpression(node) ||
    ts.isAsExpression(node) ||
    ts.isTypeAssertionExpression(node) ||
    ts.isSatisfiesExpression(node) ||
    ts.isNonNullExpression(node)
  )
}

/** `Array.from` for `Array.from(…)`, `structuredClone` for `structuredClone(…)`, '' for anything else. */
function calleeName(callee: ts.Expression): string {
  if (ts.isIdentifier(callee)) return callee.text
  if (ts.isPropertyAccessExpression(callee) && ts.isIdentifier(callee.expression))
    return `${callee.expression.text}.${callee.name.text}`
  return ''
}

/** Names exported by `export { a, b as c }` (without `from`) and `export default a`. */
function exportedNames(source: ts.SourceFile): Set<string> {
  const names = new Set<string>()
  for (const statement of source.statements) {
    if (ts.isExportDeclaration(statement)) {
      const clause = statement.moduleSpecifier ? undefined : statement.exportClause
      if (clause && ts.isNamedExports(clause))
        for (const element of clause.elements) names.add((element.propertyName ?? element.name).text)
    } else if (ts.isExportAssignment(statement) && ts.isIdentifier(statement.expression)) names.add(statement.expression.text)
  }
  return names
}

/** The identifiers a binding introduces: `a`, or each name in `[a, { b }]`. */
function boundNames(name: ts.BindingName): ts.Identifier[] {
  if (ts.isIdentifier(name)) return [name]
  return name.elements.flatMap((element) => (ts.isBindingElement(element) ? boundNames(element.name) : []))
}

function hasModifier(statement: ts.VariableStatement, kind: ts.SyntaxKind): boolean {
  return statement.modifiers?.some((modifier) => modifier.kind === kind) ?? false
}
