// Writes the bundled sample workbooks under assets/samples/ (deterministic: same bytes every run).
import { join } from "path";
import { writeSamples } from "./samples/write-samples";

writeSamples(join(__dirname, "..", "assets", "samples"))
  .then((paths) => paths.forEach((p) => process.stdout.write(`wrote ${p}\n`)))
  .catch((err) => {
    process.stderr.write(`make-samples: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exit(1);
  });
