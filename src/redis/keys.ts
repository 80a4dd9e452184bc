/**
 * Hash tags for a Redis Cluster (docs/operating.md, "Several hosts"; docs/queue-and-ledger.md, "Redis Cluster").
 *
 * A cluster puts each key in one of 16,384 slots, from the part of the key between the first "{" and the next
 * "}" when there is one. A script or a MULTI may only touch keys of one slot. So, on a cluster only:
 * - each BullMQ queue gets a prefix of its own, `{crier:publish-x}`: BullMQ needs one queue's keys in one
 *   slot, and different queues then land on different shards;
 * - each article's keys (the article, its ledger records, their locks) carry the article id as their tag,
 *   `crier:ledger:post:{<article id>}.x.news`: the ledger's scripts touch one article at a time, and different
 *   articles spread over the shards;
 * - a group of keys written together (an account's tokens, its rate budget, the metrics) shares one tag.
 * On one Redis, keys keep their plain names, so an existing deployment's queues and ledger are found as before.
 * The prefix itself may not hold braces (src/config.ts): its tag would pin every key to one slot.
 */

/** Whether the connection is ioredis' cluster client (it says so itself). */
function onCluster(redis: object): boolean {
  return (redis as { isCluster?: unknown }).isCluster === true;
}

/** `{part}` on a cluster, `part` on one Redis. */
export function slotTag(redis: object, part: string): string {
  return onCluster(redis) ? `{${part}}` : part;
}

/** The BullMQ `prefix` for queue `name`: the crier prefix, hash-tagged with the queue's name on a cluster. */
export function queuePrefix(redis: object, prefix: string, name: string): string {
  return onCluster(redis) ? `{${prefix}:${name}}` : prefix;
}

/**
 * A post id (`<article id>.<platform>.<account>`, queues/names.ts) as it appears in keys: on a cluster its
 * article id is the tag, so the post's keys share a slot with the article's.
 */
export function postKeyPart(redis: object, postId: string): string {
  if (!onCluster(redis)) return postId;
  const dot = postId.indexOf('.');
  return dot < 0 ? `{${postId}}` : `{${postId.slice(0, dot)}}${postId.slice(dot)}`;
}
