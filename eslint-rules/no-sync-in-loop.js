// `anbiao/no-sync-in-loop`: any `.sync()` call (whatever the context variable is called) inside a
// loop or inside a callback of an array method (forEach, map, reduce …) is an error. A sync per item
// is a round trip per item (25,000 cells in 31 s, oj#12). Reading in row blocks is the one loop of
// syncs the adapter means: it says so with an eslint-disable comment naming why.
"use strict";

const LOOPS = new Set(["ForStatement", "ForInStatement", "ForOfStatement", "WhileStatement", "DoWhileStatement"]);
const ITERATORS = new Set(["forEach", "map", "flatMap", "filter", "reduce", "reduceRight", "some", "every", "find", "findIndex", "findLast", "findLastIndex", "sort", "from"]);
const FUNCTIONS = new Set(["ArrowFunctionExpression", "FunctionExpression"]);

function isSyncCall(node) {
  const c = node.callee;
  return c.type === "MemberExpression" && !c.computed && c.property.type === "Identifier" && c.property.name === "sync";
}

function isIteratorCallback(fn) {
  const call = fn.parent;
  if (!call || call.type !== "CallExpression" || !call.arguments.includes(fn)) return false;
  const c = call.callee;
  return c.type === "MemberExpression" && !c.computed && c.property.type === "Identifier" && ITERATORS.has(c.property.name);
}

module.exports = {
  meta: {
    type: "problem",
    docs: { description: "disallow .sync() inside loops and array-method callbacks (a round trip per item)" },
    messages: {
      inLoop: "`.sync()` inside a {{where}}: queue the calls and sync once after the loop (or read in blocks and say why).",
    },
    schema: [],
  },
  create(context) {
    return {
      CallExpression(node) {
        if (!isSyncCall(node)) return;
        for (let p = node.parent, child = node; p; child = p, p = p.parent) {
          if (LOOPS.has(p.type) && child !== p.init) {
            context.report({ node, messageId: "inLoop", data: { where: "loop" } });
            return;
          }
          if (FUNCTIONS.has(p.type) && isIteratorCallback(p)) {
            context.report({ node, messageId: "inLoop", data: { where: `${p.parent.callee.property.name}() callback` } });
            return;
          }
        }
      },
    };
  },
};
