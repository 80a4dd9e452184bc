// Runs once in Jest's parent process: a private Redis and the real Bluesky PDS for the whole run.
// Their addresses reach the test workers through the environment (TEST_REDIS_URL, TEST_PDS_URL).
const { startRedis } = require('./redis.cjs');
const { startTestPds } = require('./pds-harness.cjs');

module.exports = async () => {
  const redis = await startRedis();
  let pds;
  try {
    pds = await startTestPds();
  } catch (error) {
    await redis.stop();
    throw error;
  }
  globalThis.__CRIER_TEST__ = { redis, pds };
  process.env.TEST_REDIS_URL = redis.url;
  process.env.TEST_PDS_URL = pds.url;
  process.env.TEST_PDS_ADMIN_PASSWORD = pds.adminPassword;
};
