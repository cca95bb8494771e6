/**
 * Local ESLint rule `local/require-example`: an exported function or class carries a JSDoc
 * comment with an `@example` showing a real value (the habit of the libraries we follow: the
 * reader sees a call and what it returns). Exported variables, types and interfaces are not
 * checked, nor a function whose JSDoc says `@internal` (exported for the library's own modules,
 * hidden from the API reference).
 */
const rule = {
  meta: {
    type: "suggestion",
    docs: { description: "require an @example in the JSDoc of every exported function and class" },
    schema: [],
    messages: {
      missing: "exported {{kind}} {{name}}: add a JSDoc comment with an @example showing a real value",
    },
  },
  create(context) {
    const source = context.sourceCode;
    function check(node, declaration) {
      if (!declaration) return;
      const kind =
        declaration.type === "FunctionDeclaration" || declaration.type === "TSDeclareFunction"
          ? "function"
          : declaration.type === "ClassDeclaration"
            ? "class"
            : null;
      if (kind === null) return;
      // Overloads: the JSDoc sits on the first signature.
      const comments = source.getCommentsBefore(node);
      const jsdoc = comments.filter((c) => c.type === "Block" && c.value.startsWith("*")).at(-1);
      if (jsdoc && /@example\b|@internal\b/.test(jsdoc.value)) return;
      if (kind === "function" && hasOverloadWithExample(node)) return;
      context.report({
        node: declaration.id ?? node,
        messageId: "missing",
        data: { kind, name: declaration.id?.name ?? "default" },
      });
    }
    function hasOverloadWithExample(node) {
      const body = node.parent?.body;
      if (!Array.isArray(body)) return false;
      const name = node.declaration?.id?.name;
      return body.some(
        (n) =>
          n !== node &&
          n.type === "ExportNamedDeclaration" &&
          n.declaration?.type === "TSDeclareFunction" &&
          n.declaration.id?.name === name &&
          source.getCommentsBefore(n).some((c) => /@example\b/.test(c.value)),
      );
    }
    return {
      ExportNamedDeclaration(node) {
        check(node, node.declaration);
      },
      ExportDefaultDeclaration(node) {
        check(node, node.declaration);
      },
    };
  },
};

export default { rules: { "require-example": rule } };
