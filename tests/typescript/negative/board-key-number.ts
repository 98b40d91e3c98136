// Negative control for tests/test_publishing.py: must NOT compile (board_key is a string).
// expect: error TS2322: Type 'number' is not assignable to type 'string'.
import type { components } from "../../../generated/typescript/hrflow";

export const jobRequest: components["schemas"]["IndexJobRequest"] = {
  board_key: 42,
  name: "Data Engineer",
};
