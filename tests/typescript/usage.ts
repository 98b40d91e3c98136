// How another TypeScript codebase uses generated/typescript/hrflow.d.ts. Compiled by
// tests/test_publishing.py with ./tsconfig.json (strict); every `@ts-expect-error` below
// is a mistake the types must reject (tsc fails if one of them stops being an error).
import type { components, operations, paths } from "../../generated/typescript/hrflow";

type Schemas = components["schemas"];
type IndexJobRequest = Schemas["IndexJobRequest"];
type GetProfileResponse = Schemas["GetProfileResponse"];

// Exact type equality (`any` does not pass).
type Equals<A, B> =
  (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
function assertType<T extends true>(): T | undefined {
  return undefined;
}

// ---- writing: a job index request body ------------------------------------------
// Flat JSON: board_key sits beside the job's own fields.
export const jobRequest: IndexJobRequest = {
  board_key: "3f9b1c0d2e4a5b6c7d8e9f00112233445566778",
  name: "Data Engineer",
  reference: "job-42",
  agent_key: null,
  created_at: "2020-12-24T09:32:11",
  summary: "Build and run data pipelines.",
  location: { text: "Paris", lat: 48.8534, lng: 2.3488 },
  sections: [{ name: "profile", title: "Profile", description: "Python, SQL." }],
  skills: [{ name: "python", type: "hard", value: null }],
  languages: [{ name: "english", value: null }],
  tags: [{ name: "remote", value: true }],
  metadatas: [{ name: "origin", value: "careers page" }],
  ranges_float: [{ name: "salary", value_min: 45000, value_max: 60000, unit: "eur" }],
  ranges_date: [{ name: "contract", value_min: "2020-05-18T21:59", value_max: null }],
};

// The indexJob operation takes exactly that schema as its JSON body.
type IndexJobBody = operations["indexJob"]["requestBody"]["content"]["application/json"];
export const indexJobBody: IndexJobBody = jobRequest;
assertType<Equals<paths["/job/indexing"]["post"], operations["indexJob"]>>();

// @ts-expect-error board_key is required
export const withoutBoardKey: IndexJobRequest = { name: "Data Engineer" };

// A skill's type is `hard`, `soft` or another kind the service takes, but a string.
export const otherSkillType: Schemas["SkillWrite"] = { name: "python", type: "expert" };
// @ts-expect-error a skill type is a string
export const numericSkillType: Schemas["SkillWrite"] = { name: "python", type: 3 };

// Dates of experiences and educations are written as {"iso8601": ...} objects.
export const experienceWrite: Schemas["ExperienceWrite"] = {
  title: "Data Engineer",
  date_start: { iso8601: "2018-01-01T00:00:00" },
  date_end: null,
};
// The string GET answers is taken back as well.
export const stringDateWrite: Schemas["ExperienceWrite"] = { date_start: "2018-01-01T00:00:00" };
// @ts-expect-error a written date is an object or a string, not a number
export const numericDateWrite: Schemas["ExperienceWrite"] = { date_start: 20180101 };

// A profile's links come as an object or as a list of {type, url}, both ways.
export const urlsAsList: Schemas["ProfileInfoWrite"] = {
  urls: [{ type: "linkedin", url: "https://www.linkedin.com/in/harry" }, { type: "from_resume", url: [] }],
};
export const urlsAsObject: Schemas["ProfileInfo"] = { urls: { linkedin: "", from_resume: [] } };

// ---- reading: a profile response ------------------------------------------------
// The body `code` is the real status (HTTP 200 may carry code 400).
export function succeeded(response: GetProfileResponse): boolean {
  return response.code >= 200 && response.code < 300;
}

// Dates of experiences come back as plain strings, or null.
export function firstExperienceStart(response: GetProfileResponse): string | null {
  const first = response.data.experiences?.[0];
  return first?.date_start ?? null;
}
assertType<Equals<Schemas["Experience"]["date_start"], string | null | undefined>>();
assertType<Equals<Schemas["Education"]["date_end"], string | null | undefined>>();

// Coordinates come back as numbers, strings or null; ids as numbers or strings.
export function latitude(response: GetProfileResponse): number | null {
  const lat = response.data.info?.location?.lat;
  if (lat === null || lat === undefined) return null;
  const value = typeof lat === "number" ? lat : Number.parseFloat(lat);
  return Number.isNaN(value) ? null : value;
}
assertType<Equals<Schemas["Coordinate"], number | string | null>>();
assertType<Equals<Schemas["Profile"]["id"], number | string | undefined>>();

// The profile key is always there; the read shape of a date is not writable as is.
export function profileKey(response: GetProfileResponse): string {
  return response.data.key;
}
export function rewriteDate(start: string | null | undefined): Schemas["DateWrite"] {
  return start ? { iso8601: start } : null;
}
