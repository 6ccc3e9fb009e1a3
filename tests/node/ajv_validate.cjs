// Validate documents with ajv (strict mode, JSON Schema 2020-12, ajv-formats).
// Usage: node ajv_validate.cjs NODE_MODULES < {"schemas": {kind: schema}, "documents": [[kind, doc], ...]}
// Prints a JSON array: for each document, true when the schema of its kind accepts it.
// Run by tests/test_schema_fuzz.py; CI installs ajv with `npm ci --prefix .ci/node`.
"use strict";
const path = require("path");
const load = require("module").createRequire(path.resolve(process.argv[2]) + path.sep);
const Ajv2020 = load("ajv/dist/2020").default;
const addFormats = load("ajv-formats").default;

const chunks = [];
process.stdin.on("data", (chunk) => chunks.push(chunk));
process.stdin.on("end", () => {
  const input = JSON.parse(Buffer.concat(chunks).toString("utf8"));
  const ajv = new Ajv2020({ strict: true, allErrors: false });
  addFormats(ajv);
  const validators = {};
  for (const [kind, schema] of Object.entries(input.schemas)) {
    validators[kind] = ajv.compile(schema);
  }
  const results = input.documents.map(([kind, doc]) => validators[kind](doc) === true);
  process.stdout.write(JSON.stringify(results));
});
