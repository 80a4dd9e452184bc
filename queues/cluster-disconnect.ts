import { Cluster } from 'ioredis';

/**
 * A cluster client that can always be closed (docs/operating.md, "A Redis Cluster": a failover).
 *
 * ioredis 6.0.0 ends a `Cluster` on `disconnect()` when its node connections close: the last one to go
 * moves it to `close`, then `end`. A cluster between two reconnect attempts has no node connections left
 * (they all closed: that is why it reconnects), so `disconnect()` has nothing to wait for and the cluster
 * stays `disconnecting` forever, never emitting `end`. ioredis handles the same case for a cluster that
 * never connected (`wait`), not this one. BullMQ closes a worker's blocking connection with `disconnect()`
 * and waits for `end`: a worker whose blocking connection was reconnecting after a failover never finished
 * closing (`crier worker` hung on SIGTERM; the failover test hung in its clean-up once in four runs).
 *
 * So: a disconnect of a reconnecting cluster with no node connection ends it at once, as
 * ioredis does for `wait`. Installed on the class, so the connections BullMQ duplicates from crier's get it
 * too. test/integration/cluster/disconnect.test.ts shows the hang without it.
 */
interface ClusterInternals {
  status: string;
  nodes(): unknown[];
  disconnect(reconnect?: boolean): void;
  setStatus(status: string): void;
  handleCloseEvent(reason?: Error): void;
}

const INSTALLED = Symbol.for('crier.clusterDisconnectEnds');

export function installClusterDisconnectFix(): void {
  const proto = Cluster.prototype as unknown as ClusterInternals & { [INSTALLED]?: true };
  if (proto[INSTALLED]) return;
  proto[INSTALLED] = true;
  const disconnect = proto.disconnect;
  proto.disconnect = function (this: ClusterInternals, reconnect = false) {
    const stranded = !reconnect && this.status === 'reconnecting' && this.nodes().length === 0;
    disconnect.call(this, reconnect);
    if (stranded) {
      // What ioredis does for `wait`: `close`, then (manually closing) `end`, and queued commands are failed.
      this.setStatus('close');
      this.handleCloseEvent();
    }
  };
}
