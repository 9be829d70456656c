// The custom-elements manifest (custom-elements.json), generated from the
// elements' JSDoc by `npm run manifest` (also run by `npm run build` and
// before Storybook). Editors, Storybook's controls and autodocs read it.
//
// Two plugins, for what the analyzer cannot see by itself:
// - tags are registered through `defineElement('compare-facts', CompareFacts)`
//   (src/base/define.ts: safe to load twice), not `customElements.define()`;
// - Lit's `{ state: true }` properties are internal state, not attributes;
// and the manifest keeps only the public API: no private (#) or protected
// members, no static fields.
import path from 'node:path';

export default {
  globs: ['src/components/**/*.ts', 'src/base/compare-element.ts', 'src/define/*.ts'],
  exclude: ['src/components/**/*.styles.ts'],
  outdir: '.',
  litelement: true,
  packagejson: false,
  plugins: [defineElementCalls(), litStateIsNoAttribute(), publicApiOnly()],
};

/** `defineElement('tag', Class)` as a custom-element definition, like `customElements.define('tag', Class)`. */
function defineElementCalls() {
  return {
    name: 'compare-kit:define-element',
    analyzePhase({ ts, node, moduleDoc }) {
      if (!ts.isCallExpression(node) || node.expression.getText() !== 'defineElement') return;
      const [tag, klass] = node.arguments;
      if (!tag || !ts.isStringLiteral(tag) || !klass || !ts.isIdentifier(klass)) return;
      const file = node.getSourceFile();
      let module = file.fileName;
      for (const st of file.statements) {
        const names = st.importClause?.namedBindings?.elements;
        if (ts.isImportDeclaration(st) && names?.some((n) => n.name.text === klass.text)) {
          module = path.posix.join(path.posix.dirname(file.fileName), st.moduleSpecifier.text).replace(/\.js$/, '.ts');
        }
      }
      moduleDoc.exports = [
        ...(moduleDoc.exports ?? []),
        { kind: 'custom-element-definition', name: tag.text, declaration: { name: klass.text, module } },
      ];
    },
  };
}

/** `static properties = { x: { state: true } }`: a read-only field, no attribute. */
function litStateIsNoAttribute() {
  const state = new Map();
  return {
    name: 'compare-kit:lit-state',
    analyzePhase({ ts, node }) {
      if (!ts.isClassDeclaration(node) || !node.name) return;
      for (const member of node.members) {
        const isStatic = member.modifiers?.some((m) => m.kind === ts.SyntaxKind.StaticKeyword);
        if (!isStatic || member.name?.getText() !== 'properties' || !member.initializer || !ts.isObjectLiteralExpression(member.initializer)) continue;
        for (const prop of member.initializer.properties) {
          if (!ts.isPropertyAssignment(prop) || !ts.isObjectLiteralExpression(prop.initializer)) continue;
          const isState = prop.initializer.properties.some(
            (p) => ts.isPropertyAssignment(p) && p.name.getText() === 'state' && p.initializer.kind === ts.SyntaxKind.TrueKeyword,
          );
          if (isState) state.set(`${node.name.text}.${prop.name.getText()}`, true);
        }
      }
    },
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules ?? []) {
        for (const d of mod.declarations ?? []) {
          const isState = (x) => state.has(`${x.inheritedFrom?.name ?? d.name}.${x.fieldName ?? x.name}`);
          if (d.attributes) d.attributes = d.attributes.filter((a) => !isState(a));
          for (const m of d.members ?? []) {
            if (isState(m)) {
              delete m.attribute;
              m.readonly = true;
            }
          }
        }
      }
    },
  };
}

/** Only what a page or an app may use: public instance members. */
function publicApiOnly() {
  return {
    name: 'compare-kit:public-api',
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules ?? []) {
        for (const d of mod.declarations ?? []) {
          if (!d.members) continue;
          d.members = d.members.filter((m) => !m.static && !m.name.startsWith('#') && (m.privacy ?? 'public') === 'public');
        }
      }
    },
  };
}
