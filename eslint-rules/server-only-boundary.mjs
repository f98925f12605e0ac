// Lint rule: a module that reaches the database, the file system or the environment's secrets
// must say so with `import "server-only"`, so a client component that imports it (directly or
// through others) fails the build instead of shipping server code to the browser. Type-only
// imports do not count: they vanish when compiled. The generated Prisma client is only types
// and enums for the modules that import it directly, so it does not count either.
import path from "node:path";

const FILE_SYSTEM = new Set(["fs", "node:fs", "fs/promises", "node:fs/promises", "child_process", "node:child_process"]);

/** Whether an import specifier names the database layer (lib/db, not its generated types). */
function isDatabase(source, filename, root) {
  let target;
  if (source === "@/lib/db" || source.startsWith("@/lib/db/")) target = path.join(root, source.slice(2));
  else if (source.startsWith(".")) target = path.resolve(path.dirname(filename), source);
  else return false;
  const db = path.join(root, "lib", "db");
  const relative = path.relative(db, target);
  const inside = relative === "" || (!relative.startsWith("..") && !path.isAbsolute(relative));
  return inside && !relative.startsWith("generated");
}

const typeOnly = (node) => node.importKind === "type" || node.exportKind === "type" || (node.specifiers?.length > 0 && node.specifiers.every((specifier) => specifier.importKind === "type" || specifier.exportKind === "type"));

/** @type {import("eslint").Rule.RuleModule} */
export const serverOnlyBoundary = {
  meta: {
    type: "problem",
    docs: { description: "Modules that touch the database, the file system or secrets import 'server-only'." },
    schema: [{ type: "object", properties: { root: { type: "string" } }, additionalProperties: false }],
    messages: {
      missing: 'This module {{reason}}: add `import "server-only";` so it can never reach a client bundle.',
    },
  },
  create(context) {
    const root = context.options[0]?.root ?? context.cwd;
    const filename = context.filename;
    let marked = false;
    /** The first node that makes this module server-only, and why. */
    let needs = null;
    const need = (node, reason) => {
      needs ??= { node, reason };
    };
    const checkSource = (node) => {
      if (!node.source || typeOnly(node)) return;
      const source = String(node.source.value);
      if (isDatabase(source, filename, root)) need(node, `imports the database (${source})`);
      else if (FILE_SYSTEM.has(source)) need(node, `uses the file system (${source})`);
    };
    return {
      ImportDeclaration(node) {
        if (node.source.value === "server-only") marked = true;
        else checkSource(node);
      },
      ExportNamedDeclaration: checkSource,
      ExportAllDeclaration: checkSource,
      MemberExpression(node) {
        if (node.object.type === "Identifier" && node.object.name === "process" && node.property.type === "Identifier" && node.property.name === "env") {
          // process.env.NODE_ENV and NEXT_PUBLIC_* are replaced by their values at build time and
          // hold no secret: client components may read them.
          const parent = node.parent;
          const key = parent?.type === "MemberExpression" && parent.object === node && parent.property.type === "Identifier" ? parent.property.name : null;
          if (key === "NODE_ENV" || key?.startsWith("NEXT_PUBLIC_")) return;
          need(node, "reads the environment (process.env, where the secrets are)");
        }
      },
      "Program:exit"() {
        if (needs && !marked) context.report({ node: needs.node, messageId: "missing", data: { reason: needs.reason } });
      },
    };
  },
};

const plugin = { rules: { "server-only-boundary": serverOnlyBoundary } };
export default plugin;
