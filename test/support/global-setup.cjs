// Runs once in Jest's parent process: a private Redis, a private Redis Cluster (3 masters, 3 replicas) and the real
// Bluesky PDS for the whole run. Their addresses reach the test workers through the environment (TEST_REDIS_URL,
// TEST_REDIS_CLUSTER_NODES, TEST_PDS_URL).
const { startRedis } = require('./redis.cjs');
const { startRedisCluster } = require('./redis-cluster.cjs');
const { startTestPds } = require('./pds-harness.cjs');

module.exports = async () => {
  const [redis, cluster] = await Promise.all([startRedis(), startRedisCluster()]);
  let pds;
  try {
    pds = await startTestPds();
  } catch (error) {
    await Promise.all([redis.stop(), cluster.stop()]);
    throw error;
  }
  globalThis.__CRIER_TEST__ = { redis, cluster, pds };
  process.env.TEST_REDIS_URL = redis.url;
  process.env.TEST_REDIS_CLUSTER_NODES = cluster.nodes.join(',');
  process.env.TEST_PDS_URL = pds.url;
  process.env.TEST_PDS_ADMIN_PASSWORD = pds.adminPassword;
};
