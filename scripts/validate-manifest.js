// `npm run validate`: checks manifest.xml offline (see scripts/manifest-checks.js) and exits 1 with
// one line per problem. Usage: node scripts/validate-manifest.js [--json] [--web-root DIR] [--base-url URL] [manifest.xml ...]
// --json prints [{ file, info, problems }] for tests; --web-root is where https://host/<path> maps
// (default: the repository root, which holds assets/icons); --base-url checks a release's manifest
// (`npm run release`): every URL under that base, which maps onto --web-root.
const path = require("path");
const { checkManifest, isLoopbackHttp } = require("./manifest-checks");

function parseArgs(argv) {
  const args = { json: false, webRoot: path.join(__dirname, ".."), baseUrl: undefined, files: [] };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === "--json") args.json = true;
    else if (argv[i] === "--web-root") args.webRoot = path.resolve(argv[++i] || ".");
    else if (argv[i] === "--base-url") args.baseUrl = argv[++i];
    else args.files.push(path.resolve(argv[i]));
  }
  if (args.files.length === 0) args.files.push(path.join(__dirname, "..", "manifest.xml"));
  return args;
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  const results = [];
  const options = { webRoot: args.webRoot, baseUrl: args.baseUrl, allowHttpLoopback: Boolean(args.baseUrl && isLoopbackHttp(args.baseUrl)) };
  for (const file of args.files) results.push({ file, ...(await checkManifest(file, options)) });
  if (results.some((r) => r.problems.length > 0)) process.exitCode = 1;
  if (args.json) {
    console.log(JSON.stringify(results, null, 2));
    return;
  }
  for (const { file, info, problems } of results) {
    const name = path.relative(process.cwd(), file) || file;
    if (problems.length > 0) {
      console.error(`${name}: ${problems.length} problem(s):`);
      for (const p of problems) console.error(`  - ${p}`);
    } else {
      console.log(`${name}: OK — ${info.displayName} ${info.version} (${info.id}), ${info.hosts.join(", ")}, ${info.permissions}`);
    }
  }
}

main().catch((err) => {
  console.error(`validate-manifest: ${err.message}`);
  process.exitCode = 1;
});
