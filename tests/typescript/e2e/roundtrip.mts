// A TypeScript client made from the published spec (generated/typescript/hrflow.d.ts) and
// openapi-fetch, run by tests/test_coverage_typescript.py against the sandbox: create a job,
// find it again by walking the list page by page, archive it, and see it leave the list.
import createClient from "openapi-fetch";
import type { paths } from "../../../generated/typescript/hrflow.js";

declare const process: { argv: string[]; exit(code: number): never };

const [baseUrl, apiKey] = process.argv.slice(2);
if (!baseUrl || !apiKey) throw new Error("usage: roundtrip.mjs <base URL> <API key>");
const client = createClient<paths>({
  baseUrl,
  headers: { "X-API-KEY": apiKey, "X-USER-EMAIL": "ts@example.com" },
});
const board_key = "ts-board";

async function allJobKeys(): Promise<{ keys: string[]; pages: number }> {
  const keys: string[] = [];
  for (let page = 1; ; page++) {
    // x-hrflow-json-encoded: the key array travels as one JSON string.
    const { data, error } = await client.GET("/storing/jobs", {
      params: { query: { board_keys: JSON.stringify([board_key]), page, limit: 1 } },
    });
    if (error || !data) throw new Error(`list page ${page}: ${JSON.stringify(error)}`);
    keys.push(...data.data.map((job) => job.key));
    if (data.data.length === 0 || data.meta.page >= data.meta.maxPage) return { keys, pages: page };
  }
}

async function main(): Promise<void> {
  const created: string[] = [];
  for (const name of ["TypeScript One", "TypeScript Two", "TypeScript Three"]) {
    const { data, error } = await client.POST("/job/indexing", { body: { board_key, name } });
    if (error || !data) throw new Error(`create: ${JSON.stringify(error)}`);
    created.push(data.data.key);
  }
  const before = await allJobKeys();
  const archived = await client.PATCH("/job/indexing/archive", {
    body: { board_key, key: created[0] ?? "", is_archive: 1 },
  });
  if (archived.error || !archived.data) throw new Error(`archive: ${JSON.stringify(archived.error)}`);
  const after = await allJobKeys();
  console.log(JSON.stringify({ created, before, archived: archived.data.data.key, after }));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
