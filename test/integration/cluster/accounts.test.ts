// The accounts suite (test/integration/queue/accounts.test.ts) again, on the private Redis Cluster of the test run
// (3 masters, 3 replicas: test/support/redis-cluster.cjs): each budget's keys in one slot, the old queues drained.
process.env.CRIER_TEST_ON_CLUSTER = '1';
await import('../queue/accounts.test.js');
