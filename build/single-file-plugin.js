// Writes dist/anbiao.html: the standalone page as one file with every script inlined, for offices
// that open it from a shared folder or a USB stick by file:// (no server, no network). The page
// bundle and the reading worker's bundle are emitted by the same compilation; this plugin puts them
// into the HTML (the worker as inert text the page starts from a blob: URL) and drops the .js files.
const fs = require("fs");
const { Compilation, sources } = require("webpack");

/** Makes a script's text safe inside <script>…</script>: only `</script` and `<!--` could end or confuse it. */
function scriptSafe(js) {
  return js.replace(/<\/(script)/gi, "<\\/$1").replace(/<!--/g, "<\\!--");
}

class SingleFilePlugin {
  /** @param {{ template: string, filename: string, page: string, worker: string, workerId: string, head: string }} options */
  constructor(options) {
    this.options = options;
  }

  apply(compiler) {
    compiler.hooks.thisCompilation.tap("SingleFilePlugin", (compilation) => {
      compilation.hooks.processAssets.tap({ name: "SingleFilePlugin", stage: Compilation.PROCESS_ASSETS_STAGE_OPTIMIZE_TRANSFER }, () => {
        const { template, filename, page, worker, workerId, head } = this.options;
        const js = (chunkName) => {
          const chunk = [...compilation.chunks].find((c) => c.name === chunkName);
          const files = chunk ? [...chunk.files].filter((f) => f.endsWith(".js")) : [];
          if (files.length !== 1) throw new Error(`single-file build: chunk ${chunkName} has ${files.length} scripts (expected one; async chunks must be off)`);
          const text = compilation.getAsset(files[0]).source.source().toString();
          for (const f of chunk.files) compilation.deleteAsset(f);
          for (const f of chunk.auxiliaryFiles) compilation.deleteAsset(f);
          return text;
        };
        const leftovers = () => compilation.getAssets().filter((a) => a.name.endsWith(".js"));
        const pageJs = js(page);
        const workerJs = js(worker);
        if (leftovers().length > 0) throw new Error(`single-file build: scripts left outside the page: ${leftovers().map((a) => a.name).join(", ")}`);
        const html = fs
          .readFileSync(template, "utf8")
          .replace("<!--anbiao:head-->", () => head)
          .replace("<!--anbiao:worker-->", () => `<script type="text/plain" id="${workerId}">${scriptSafe(workerJs)}</script>`)
          .replace("<!--anbiao:page-->", () => `<script>${scriptSafe(pageJs)}</script>`);
        compilation.emitAsset(filename, new sources.RawSource(html));
      });
    });
  }
}

module.exports = { SingleFilePlugin };
