// The enqueue suite (test/integration/queue/enqueue.test.ts) again, on the private Redis Cluster of the test run
// (3 masters, 3 replicas: test/support/redis-cluster.cjs). Set before the suite loads: it reads where Redis is.
process.env.CRIER_TEST_ON_CLUSTER = '1';
await import('../queue/enqueue.test.js');
