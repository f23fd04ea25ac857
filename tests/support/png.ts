// Reads a PNG's pixel size from its header (the IHDR chunk right after the
// 8-byte signature), so tests can check dimensions without an image library.

const SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

export function pngSize(bytes: Uint8Array): { width: number; height: number } {
  if (bytes.length < 24 || SIGNATURE.some((byte, i) => bytes[i] !== byte)) throw new Error('not a PNG: wrong signature');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (String.fromCharCode(...bytes.subarray(12, 16)) !== 'IHDR') throw new Error('not a PNG: no IHDR chunk first');
  return { width: view.getUint32(16), height: view.getUint32(20) };
}
