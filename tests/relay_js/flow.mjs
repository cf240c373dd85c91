// LangGraph's JS SDK (@langchain/langgraph-sdk, the Client that React's useStream uses), pointed
// at the relay, as alice; bob then tries alice's thread. Prints one JSON object of what it saw.
// Run by tests/integration/test_relay_js_live.py: node flow.mjs <relay URL>
import { Client } from "@langchain/langgraph-sdk";

const apiUrl = process.argv[2];
const login = (user) => ({ Authorization: "Basic " + Buffer.from(`${user}:${user}-pw`).toString("base64") });
const alice = new Client({ apiUrl, defaultHeaders: login("alice") });
const bob = new Client({ apiUrl, defaultHeaders: login("bob") });
const out = {};

// A thread, and a streamed run whose second node sleeps: when did each event arrive?
const thread = await alice.threads.create({ metadata: { owner: "bob" } });
out.owner = thread.metadata.owner;
const started = performance.now();
out.arrivals = [];
out.events = [];
for await (const part of alice.runs.stream(thread.thread_id, "slow", {
  input: { messages: ["hi"], seconds: 1.5 },
  streamMode: "updates",
})) {
  out.arrivals.push((performance.now() - started) / 1000);
  out.events.push(part.event);
}

// An interrupt, answered.
const asking = await alice.threads.create();
const waited = await alice.runs.wait(asking.thread_id, "interrupting", { input: { messages: ["start"] } });
out.interrupt = waited.__interrupt__[0].value;
const answered = await alice.runs.wait(asking.thread_id, "interrupting", { command: { resume: "yes" } });
out.answered = answered.messages;

// State and history.
out.state = (await alice.threads.getState(asking.thread_id)).values.messages;
out.history = (await alice.threads.getHistory(asking.thread_id)).length;

// A dropped stream, resumed with Last-Event-ID.
let runId;
let lastEventId;
const seen = [];
for await (const part of alice.runs.stream(thread.thread_id, "slow", {
  input: { messages: ["again"], seconds: 1 },
  streamMode: "updates",
  streamResumable: true,
})) {
  seen.push(part.event);
  if (part.event === "metadata") runId = part.data.run_id;
  lastEventId = part.id;
  if (part.event === "updates") break; // the page goes away after the first update
}
out.beforeDrop = seen;
out.resumed = [];
for await (const part of alice.runs.joinStream(thread.thread_id, runId, { lastEventId, streamMode: "updates" })) {
  if (part.event === "updates") out.resumed.push(part.data);
}

// Bob: alice's thread does not exist for him, and his searches are his own.
const status = async (promise) => {
  try {
    await promise;
    return 200;
  } catch (error) {
    return error.status ?? String(error);
  }
};
out.bobGet = await status(bob.threads.get(thread.thread_id));
out.bobState = await status(bob.threads.getState(thread.thread_id));
out.bobRun = await status(bob.runs.create(thread.thread_id, "agent", { input: { messages: ["x"] } }));
out.bobSearch = (await bob.threads.search({ metadata: { owner: "alice" } })).map((t) => t.thread_id);
out.aliceSearch = (await alice.threads.search({ limit: 100 })).map((t) => t.thread_id);
out.threadId = thread.thread_id;
console.log(JSON.stringify(out));
