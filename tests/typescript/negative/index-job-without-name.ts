// Negative control for tests/test_publishing.py: must NOT compile (a job's name is required).
// expect: Property 'name' is missing
import type { components } from "../../../generated/typescript/hrflow";

export const jobRequest: components["schemas"]["IndexJobRequest"] = {
  board_key: "3f9b1c0d2e4a5b6c7d8e9f00112233445566778",
};
