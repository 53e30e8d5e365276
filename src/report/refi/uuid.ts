import { createHash } from 'node:crypto';

/** csc-tag's own name space: uuid5(the URL name space, "csc-tag:refi-qda"). */
const NAMESPACE = Buffer.from('20974daef111513fb3dc408576bdbfe1', 'hex');

/**
 * A name-based UUID (RFC 4122 version 5): the same name always gives the same
 * GUID, so the same input gives a byte-identical project, and a code keeps
 * its GUID from run to run for an analyst merging two exports.
 */
export function uuid5(name: string): string {
  const hash = createHash('sha1').update(NAMESPACE).update(name, 'utf8').digest();
  hash[6] = (hash[6]! & 0x0f) | 0x50;
  hash[8] = (hash[8]! & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
