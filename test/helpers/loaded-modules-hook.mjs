// A module loader hook (registered by loaded-packages.mjs): reports the URL of every module
// loaded, on the port it was given.
let port;

export function initialize(data) {
  port = data.port;
}

export async function load(url, context, nextLoad) {
  port.postMessage(url);
  return nextLoad(url, context);
}
