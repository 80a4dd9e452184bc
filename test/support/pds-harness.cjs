// The real Bluesky reference PDS (@atproto/pds) with an in-memory PLC directory, in-process and offline.
// It validates records exactly like bsky.social does (graphemes, bytes, facets, blobs, TID record keys).
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const crypto = require('node:crypto');
const { freePort } = require('./redis.cjs');

async function startTestPds() {
  const { PlcServer, Database: PlcDatabase } = require('@did-plc/server');
  const pds = require('@atproto/pds');
  const { Secp256k1Keypair } = require('@atproto/crypto');

  const plc = PlcServer.create({ db: PlcDatabase.mock(), port: await freePort() });
  const plcListener = await plc.start();
  const plcUrl = `http://127.0.0.1:${plcListener.address().port}`;

  const port = await freePort();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'crier-pds-'));
  const rotationKey = await Secp256k1Keypair.create({ exportable: true });
  const env = {
    port,
    hostname: 'localhost',
    devMode: true,
    version: '0.0.0',
    dataDirectory: dir,
    blobstoreDiskLocation: path.join(dir, 'blobs'),
    didPlcUrl: plcUrl,
    serviceHandleDomains: ['.test'],
    inviteRequired: false,
    rateLimitsEnabled: false,
    jwtSecret: crypto.randomBytes(16).toString('hex'),
    adminPassword: 'admin-pass',
    plcRotationKeyK256PrivateKeyHex: Buffer.from(await rotationKey.export()).toString('hex'),
    bskyAppViewUrl: undefined,
    modServiceUrl: undefined,
    reportServiceUrl: undefined,
    crawlers: [],
  };
  const server = await pds.PDS.create(pds.envToCfg(env), pds.envToSecrets(env));
  await server.start();
  const url = `http://localhost:${port}`;
  return {
    url,
    plcUrl,
    adminPassword: env.adminPassword,
    async close() {
      await server.destroy();
      await plc.destroy();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

module.exports = { startTestPds };
