// Jest-only stand-in for `content-disposition` (ESM-only since v2), which bull-board's @fastify/static
// require()s. Node 20.19+ loads it fine (require(esm)), so `crier serve` uses the real package; Jest
// cannot until Node 24.9. @fastify/static only uses it for `reply.download()`, which crier never calls.
function create(options) {
  return (filename) => `${options?.type || 'attachment'}; filename="${String(filename).replace(/"/g, '')}"`;
}
module.exports = { create };
