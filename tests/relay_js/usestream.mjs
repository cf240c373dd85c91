// React's useStream (from @langchain/langgraph-sdk/react), rendered in jsdom, pointed at the
// relay as alice: submit a run, watch its values arrive, and report what it saw as JSON.
// Run by tests/integration/test_relay_examples_live.py: node usestream.mjs <relay URL>
import { JSDOM } from "jsdom";

const dom = new JSDOM('<!doctype html><div id="root"></div>', { url: "http://localhost/" });
globalThis.window = dom.window;
globalThis.document = dom.window.document;
if (globalThis.navigator === undefined) globalThis.navigator = dom.window.navigator; // (Node 20 has none)
globalThis.IS_REACT_ACT_ENVIRONMENT = false;

const React = await import("react");
const { createRoot } = await import("react-dom/client");
const { useStream } = await import("@langchain/langgraph-sdk/react");

const apiUrl = process.argv[2];
const Authorization = "Basic " + Buffer.from("alice:alice-pw").toString("base64");
let latest;
let threadId = null;
const seen = [];
const started = performance.now();

function Chat() {
  const stream = useStream({
    apiUrl,
    assistantId: "slow",
    defaultHeaders: { Authorization },
    onThreadId: (id) => {
      threadId = id;
    },
  });
  latest = stream;
  const messages = stream.values?.messages ?? [];
  if (seen.length === 0 || seen.at(-1).messages.length !== messages.length) {
    seen.push({ at: (performance.now() - started) / 1000, messages, loading: stream.isLoading });
  }
  return React.createElement("p", null, messages.join(" "));
}

const root = createRoot(document.getElementById("root"));
root.render(React.createElement(Chat));
const until = async (condition, what) => {
  const deadline = Date.now() + 30000;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
};
await until(() => latest !== undefined, "the first render");
latest.submit({ messages: ["hi"], seconds: 1.5 });
await until(() => latest.isLoading, "the run to start");
await until(() => !latest.isLoading, "the run to end");
const ended = (performance.now() - started) / 1000;
console.log(
  JSON.stringify({
    seen,
    ended,
    threadId,
    values: latest.values,
    error: latest.error ? String(latest.error) : null,
    text: document.getElementById("root").textContent,
  }),
);
root.unmount();
process.exit(0);
