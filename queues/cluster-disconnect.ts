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
  connect(): Promise<void>;
  disconnect(reconnect?: boolean): void;
  setStatus(status: string): void;
  handleCloseEvent(reason?: Error): void;
  [CLOSED_FOR_GOOD]?: true;
}

const INSTALLED = Symbol.for('crier.clusterDisconnectEnds');
const CLOSED_FOR_GOOD = Symbol.for('crier.clusterClosedForGood');

/**
 * Marks a cluster client that is being closed for good: from now on its `connect()` fails instead of
 * reconnecting it. For a BullMQ worker's blocking connection, before `Worker.close()`.
 *
 * BullMQ 6.7 wraps a blocking cluster client's BZPOPMIN with a recovery: when the command fails and the client's
 * node pool is empty (or the slots cannot be read), it runs `disconnect(false)` and `connect()`. `Worker.close()`
 * first disconnects that client (to interrupt the BZPOPMIN it blocks on) and only later turns the recovery off.
 * So the BZPOPMIN it interrupts fails, the recovery sees an empty pool and connects the client again: every
 * worker of a pool did so on close in the failover test (a trace showed six such `connect()`s), and one of them
 * then never finished closing (2 of 5 runs hung until the hook timed out). Nothing else may reconnect a client
 * that is closing, so the mark makes that `connect()` fail; BullMQ ignores the failure of its recovery and the
 * worker closes. Other clients (and BullMQ's recovery on a worker still running) are left alone.
 */
export function keepClosed(client: unknown): void {
  if (client instanceof Cluster) (client as unknown as ClusterInternals)[CLOSED_FOR_GOOD] = true;
}

export function installClusterDisconnectFix(): void {
  const proto = Cluster.prototype as unknown as ClusterInternals & { [INSTALLED]?: true };
  if (proto[INSTALLED]) return;
  proto[INSTALLED] = true;
  const disconnect = proto.disconnect;
  proto.disconnect = function (this: ClusterInternals, reconnect = false) {
    // With no node connection left, nothing will ever move the cluster on to `end`: a reconnecting one (above),
    // and any client closed for good, whatever its status. BullMQ's recovery disconnects a blocking client again
    // after it has ended and a late node `end` has moved it back to `close`; its refused connect() then left it
    // at `disconnecting`, where a later disconnect(true) (Worker.close) or reconnect() (BullMQ's watchdog reset of
    // a timed-out BZPOPMIN, a job fetch of the main loop) waited for an event that never came (keepClosed).
    const stranded =
      !reconnect &&
      this.nodes().length === 0 &&
      (this.status === 'reconnecting' || (this[CLOSED_FOR_GOOD] === true && this.status !== 'wait'));
    disconnect.call(this, reconnect);
    if (stranded) {
      // What ioredis does for `wait`: `close`, then (manually closing) `end`, and queued commands are failed.
      this.setStatus('close');
      this.handleCloseEvent();
    }
  };
  // A manual close always ends. The pool's last node going moves the cluster to `close`, and only a `close`
  // listener left by the last `connect()` moves it on to `end` (failing the commands still queued). After a
  // failover, a blocking connection that BullMQ had reconnected could have none left: it stayed at `close`, its
  // queued BZPOPMIN never failed, and Worker.close() waited for it forever (seen in the failover test). So a
  // manually closed cluster still at `close` once the `close` event has been handled is ended here.
  const setStatus = proto.setStatus;
  proto.setStatus = function (this: ClusterInternals & { manuallyClosing?: boolean }, status: string) {
    setStatus.call(this, status);
    if (status !== 'close') return;
    setImmediate(() => {
      if (this.status === 'close' && this.manuallyClosing && this.nodes().length === 0) this.handleCloseEvent();
    });
  };
  const connect = proto.connect;
  proto.connect = function (this: ClusterInternals) {
    if (this[CLOSED_FOR_GOOD]) return Promise.reject(new Error('Connection is closed.'));
    return connect.call(this);
  };
}
