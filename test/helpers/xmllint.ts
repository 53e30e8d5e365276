import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The REFI-QDA Project schema, copied from ../shared (fixtures/refi-qda/README.md). */
export const PROJECT_XSD = fileURLToPath(new URL('../../fixtures/refi-qda/Project.xsd', import.meta.url));

/**
 * Validates XML against an XML Schema with libxml2: Debian's xmllint when it
 * is installed (CI installs libxml2-utils), else the same library built to
 * WebAssembly (xmllint-wasm), so the check never silently skips.
 */
export async function validateXml(xml: string, xsdFile: string): Promise<{ valid: boolean; errors: string }> {
  if (spawnSync('xmllint', ['--version']).status === 0) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'csc-xmllint-'));
    try {
      const file = path.join(dir, 'doc.xml');
      fs.writeFileSync(file, xml);
      const ran = spawnSync('xmllint', ['--noout', '--nonet', '--schema', xsdFile, file], { encoding: 'utf8' });
      return { valid: ran.status === 0, errors: ran.stderr };
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }
  const { validateXML } = await import('xmllint-wasm');
  const result = await validateXML({ xml: [{ fileName: 'doc.xml', contents: xml }], schema: [{ fileName: 'schema.xsd', contents: fs.readFileSync(xsdFile, 'utf8') }] });
  return { valid: result.valid, errors: result.rawOutput };
}
