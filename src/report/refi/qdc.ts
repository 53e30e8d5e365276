import type { Meta, RunEnd } from '../../model/run-end.js';
import { codesXml, codeSystem } from './codebook.js';
import { xmlAttribute } from './xml.js';

/**
 * report.qdc, the REFI-QDA Codebook (QDA-XML codebook 1.0): the code system
 * of report.qdpx alone, for a team that codes by hand with csc-tag's themes,
 * stance labels and this run's questions.
 */
export function qdcText(meta: Meta, end: RunEnd): string {
  const { roots } = codeSystem(meta, end.questions);
  const origin = xmlAttribute(`${meta.generator.name} ${meta.generator.version}`);
  return `<?xml version="1.0" encoding="utf-8"?>\n<CodeBook xmlns="urn:QDA-XML:codebook:1.0" origin="${origin}">\n${codesXml(roots, 1)}</CodeBook>\n`;
}
