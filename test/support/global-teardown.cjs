module.exports = async () => {
  const harness = globalThis.__CRIER_TEST__;
  if (!harness) return;
  await Promise.allSettled([harness.pds.close(), harness.redis.stop(), harness.cluster.stop()]);
};
