// Starts a private Redis Cluster for a test run: 3 masters and 3 replicas, each a redis-server on a free loopback
// port, joined by `redis-cli --cluster create`. Never the user's database.
const { spawn, execFile } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const net = require('node:net');
const path = require('node:path');
const { promisify } = require('node:util');
const { freePort } = require('./redis.cjs');

const run = promisify(execFile);

async function cli(port, ...args) {
  const { stdout } = await run('redis-cli', ['-h', '127.0.0.1', '-p', String(port), ...args]);
  return stdout;
}

async function until(what, check, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      if (await check()) return;
    } catch {
      // not yet
    }
    if (Date.now() > deadline) throw new Error(`redis cluster: ${what} (waited ${timeoutMs} ms)`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/**
 * @param {{ masters?: number, nodeTimeoutMs?: number }} [options]
 *   nodeTimeoutMs: how long a master may be unreachable before its replica takes over (cluster-node-timeout).
 */
/** Whether a port on 127.0.0.1 can be listened on now. */
function canListen(port) {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.unref();
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });
}

async function startRedisCluster(options = {}) {
  const masters = options.masters ?? 3;
  const nodeTimeoutMs = options.nodeTimeoutMs ?? 2_000;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'crier-cluster-'));
  const ports = [];
  for (let i = 0; i < masters * 2; i++) {
    let port;
    // The cluster bus listens on port + 10000: a node whose bus port is taken exits at start (seen once in npm test).
    do port = await freePort();
    while (ports.includes(port) || port > 55_535 || !(await canListen(port + 10_000)));
    ports.push(port);
  }
  const servers = new Map();
  const spawnNode = (port) => {
    const args = ['--port', String(port), '--bind', '127.0.0.1', '--dir', dir, '--daemonize', 'no'];
    args.push('--save', '', '--appendonly', 'no', '--maxmemory-policy', 'noeviction', '--hz', '50');
    args.push('--cluster-enabled', 'yes', '--cluster-config-file', `nodes-${port}.conf`);
    args.push('--cluster-node-timeout', String(nodeTimeoutMs), '--cluster-replica-validity-factor', '0');
    const child = spawn('redis-server', args, { stdio: 'ignore' });
    child.once('error', (error) => {
      console.error(`cannot start redis-server (${error.message}); install it with: apt-get install -y redis-server`);
    });
    const exited = new Promise((resolve) => child.once('exit', resolve));
    servers.set(port, { child, exited });
  };
  // A killed child has a signalCode and no exitCode.
  const alive = (port) => {
    const { child } = servers.get(port);
    return child.exitCode === null && child.signalCode === null;
  };
  const killAll = () => {
    for (const { child } of servers.values())
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  };
  process.once('exit', killAll);
  for (const port of ports) spawnNode(port);
  try {
    await Promise.all(
      ports.map((port) =>
        until(`node ${port} listens`, async () => (await cli(port, 'PING')).includes('PONG'), 10_000),
      ),
    );
    await run('redis-cli', [
      '--cluster',
      'create',
      ...ports.map((p) => `127.0.0.1:${p}`),
      '--cluster-replicas',
      '1',
      '--cluster-yes',
    ]);
    await until(
      'every node sees the cluster ok',
      async () => {
        const infos = await Promise.all(ports.map((port) => cli(port, 'CLUSTER', 'INFO')));
        return infos.every((info) => info.includes('cluster_state:ok') && info.includes('cluster_slots_ok:16384'));
      },
      30_000,
    );
    // Replicas attach asynchronously after create: a failover needs them in sync.
    await until(
      'every replica is in sync',
      async () => {
        const roles = await Promise.all(ports.map((port) => cli(port, 'ROLE')));
        return (
          roles.filter((role) => role.startsWith('master')).length === masters &&
          roles.filter((role) => role.startsWith('slave') && role.includes('connected')).length === masters
        );
      },
      30_000,
    );
  } catch (error) {
    killAll();
    throw error;
  }

  /** The ports of the masters now, in slot order. */
  async function mastersNow() {
    const found = [];
    for (const port of ports) {
      if (!alive(port)) continue;
      try {
        if ((await cli(port, 'ROLE')).startsWith('master')) found.push(port);
      } catch {
        // down
      }
    }
    return found;
  }

  return {
    nodes: ports.map((p) => `127.0.0.1:${p}`),
    ports,
    mastersNow,
    /** The port that serves `key`'s slot now. */
    async portOf(key) {
      const slot = Number(
        (
          await cli(
            ports.find((p) => alive(p)),
            'CLUSTER',
            'KEYSLOT',
            key,
          )
        ).trim(),
      );
      for (const port of await mastersNow()) {
        const shards = (await cli(port, 'CLUSTER', 'MYID')).trim();
        const nodes = await cli(port, 'CLUSTER', 'NODES');
        const mine = nodes.split('\n').find((line) => line.startsWith(shards));
        const ranges = (mine ?? '').split(' ').slice(8);
        if (
          ranges.some((r) => {
            const [lo, hi = lo] = r.split('-').map(Number);
            return slot >= lo && slot <= hi;
          })
        )
          return port;
      }
      return undefined;
    },
    /** SIGKILLs the node on `port` (a master dies: its replica is promoted after the node timeout). */
    async kill(port) {
      const server = servers.get(port);
      server.child.kill('SIGKILL');
      await server.exited;
    },
    /**
     * Starts the node on `port` again (after `kill`), with its cluster config file: it rejoins the cluster as a
     * replica of the master that took its place. Resolves once its replication link is up.
     */
    async restart(port) {
      if (alive(port)) throw new Error(`redis cluster: node ${port} is running`);
      spawnNode(port);
      await until(
        `node ${port} is back as a synced replica`,
        async () => {
          const info = await cli(port, 'INFO', 'replication');
          return info.includes('role:slave') && info.includes('master_link_status:up');
        },
        60_000,
      );
    },
    /** Resolves once every shard has a master again (a replica promoted) and every node up says cluster_state:ok. */
    async healed(timeoutMs = 30_000) {
      await until(
        'the cluster heals',
        async () => {
          if ((await mastersNow()).length < masters) return false;
          const up = ports.filter((p) => alive(p));
          const infos = await Promise.all(up.map((port) => cli(port, 'CLUSTER', 'INFO')));
          return infos.every((info) => info.includes('cluster_state:ok'));
        },
        timeoutMs,
      );
    },
    async stop() {
      process.removeListener('exit', killAll);
      await Promise.all(
        [...servers.values()].map(async ({ child, exited }) => {
          if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
          await exited;
        }),
      );
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

module.exports = { startRedisCluster };
