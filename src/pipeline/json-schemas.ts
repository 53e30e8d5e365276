import { z } from 'zod';
import { Report } from '../model/schema.js';
import { RulesFile } from '../rules/schema.js';

/**
 * The published JSON Schemas, generated from the zod schemas that validate at
 * run time so the two cannot drift (a test compares them with schema/*.json).
 */
export function reportJsonSchema(): object {
  return { ...z.toJSONSchema(Report, { io: 'output' }), title: 'csc-tag report', $id: 'https://csc-tag.invalid/schema/report.schema.json' };
}

/** A rules file as a user writes it: fields with defaults are optional. */
export function rulesJsonSchema(): object {
  return { ...z.toJSONSchema(RulesFile, { io: 'input' }), title: 'csc-tag rules file', $id: 'https://csc-tag.invalid/schema/rules.schema.json' };
}

export const SCHEMA_FILES = {
  'schema/report.schema.json': reportJsonSchema,
  'schema/rules.schema.json': rulesJsonSchema,
} as const;
