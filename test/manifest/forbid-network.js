// Preloaded (node -r) into the manifest validator by the tests: any attempt to reach the network
// throws, so a validator that phones home fails loudly instead of passing offline by luck.
const dns = require("dns");
const http = require("http");
const https = require("https");
const net = require("net");
const tls = require("tls");

function forbidden(what) {
  return () => {
    throw new Error(`network access attempted (${what}) while validating the manifest`);
  };
}
globalThis.fetch = forbidden("fetch");
http.request = http.get = forbidden("http");
https.request = https.get = forbidden("https");
net.connect = net.createConnection = forbidden("net");
tls.connect = forbidden("tls");
dns.lookup = forbidden("dns");
