/**
 * The node runtime that lives inside each node's QuickJS context. It runs before the candidate's code
 * and captures the builtins it uses, so redefining JSON, Map or Promise later only breaks the
 * candidate's own node. Nothing is reachable from the global object; `main(node)` receives the API.
 *
 * Everything a node does during a step (sends, timers, log lines, errors) is appended to an outbox of
 * JSON fragments that the host takes in one string after the step: one boundary crossing per step.
 * Bodies are serialised when `send` is called, so mutating an object after sending it changes nothing.
 *
 * Outbox entries: ["s", dest, body] send · ["t", id, delayMs, label] timer · ["c", id] clear timer ·
 * ["l", text] log · ["e", name, message, stack, during, fatal] error · ["u", type, src] unhandled type.
 */
export const NODE_PRELUDE_FILENAME = 'drill:node'

/** Largest message body a node may send, in JSON characters. */
export const MAX_BODY_CHARS = 65_536

/** Default `node.rpc` timeout, in virtual ms. */
export const DEFAULT_RPC_TIMEOUT_MS = 1_000

export const NODE_PRELUDE = String.raw`(function (epoch) {
'use strict';
const G = globalThis, R = Reflect, apply = R.apply, stringify = JSON.stringify, parse = JSON.parse;
const ErrorRef = Error, TypeErrorRef = TypeError, RangeErrorRef = RangeError, StringRef = String;
const PromiseRef = Promise, then = Promise.prototype.then, isArray = Array.isArray;
const freeze = Object.freeze, keys = Object.keys, create = Object.create, defineProperty = Object.defineProperty;
const MapRef = Map, mapGet = Map.prototype.get, mapSet = Map.prototype.set, mapHas = Map.prototype.has;
const mapDelete = Map.prototype.delete, isFinite = Number.isFinite, sliceString = String.prototype.slice;
const joinArray = Array.prototype.join;

let out = [], now = 0, nodeId = '', nodeIds = freeze([]);
const handlers = create(null);
const timers = new MapRef();
const pending = new MapRef();
let nextTimer = 1, nextMsgId = 1;

function emit(text) { out[out.length] = text; }
function show(value) {
  if (typeof value === 'string') return value;
  try {
    if (value instanceof ErrorRef) return value.name + ': ' + value.message;
    if (typeof value === 'function') return '[Function ' + (value.name || 'anonymous') + ']';
    if (typeof value === 'object' && value !== null) {
      if (value instanceof MapRef) return 'Map(' + value.size + ')';
      const json = stringify(value);
      if (json !== undefined) return json;
    }
    return StringRef(value);
  } catch (e) {
    return '[unprintable ' + typeof value + ']';
  }
}
function cut(text, max) { return text.length > max ? apply(sliceString, text, [0, max]) + '…' : text; }

function bodyJson(body, what) {
  if (body === null || typeof body !== 'object' || isArray(body))
    throw new TypeErrorRef(what + ': the body must be an object like { type: "echo" }');
  if (typeof body.type !== 'string' || body.type === '')
    throw new TypeErrorRef(what + ': the body needs a string "type"');
  let json;
  try { json = stringify(body); } catch (e) {
    throw new TypeErrorRef(what + ': the body cannot be sent as JSON (' + show(e) + ')');
  }
  if (json.length > ${MAX_BODY_CHARS})
    throw new RangeErrorRef(what + ': the body is ' + json.length + ' characters of JSON; the limit is ${MAX_BODY_CHARS}');
  return json;
}
function checkDest(dest, what) {
  if (typeof dest !== 'string' || dest === '')
    throw new TypeErrorRef(what + ': the destination must be a node id such as "n2", a client id or a service such as "lin-kv"');
}
function copyWith(body, field, value) {
  if (body === null || typeof body !== 'object' || isArray(body)) return body;
  const copy = {}, names = keys(body);
  for (let i = 0; i < names.length; i++) copy[names[i]] = body[names[i]];
  copy[field] = value;
  return copy;
}
function sendJson(dest, json) { emit('["s",' + stringify(dest) + ',' + json + ']'); }

function send(dest, body) {
  checkDest(dest, 'node.send');
  sendJson(dest, bodyJson(body, 'node.send'));
}
function reply(request, body) {
  if (request === null || typeof request !== 'object' || typeof request.src !== 'string' ||
      request.body === null || typeof request.body !== 'object')
    throw new TypeErrorRef('node.reply(request, body): request must be the message you are answering');
  const id = request.body.msg_id;
  sendJson(request.src, bodyJson(typeof id === 'number' ? copyWith(body, 'in_reply_to', id) : body, 'node.reply'));
}

function RpcError(code, text, body) {
  const error = new ErrorRef(text);
  defineProperty(error, 'name', { value: 'RpcError', writable: true, configurable: true });
  error.code = code;
  error.text = text;
  if (body !== undefined) error.body = body;
  return error;
}
function rpc(dest, body, options) {
  checkDest(dest, 'node.rpc');
  let timeoutMs = ${DEFAULT_RPC_TIMEOUT_MS};
  if (options !== undefined && options !== null && options.timeoutMs !== undefined) {
    timeoutMs = options.timeoutMs;
    if (typeof timeoutMs !== 'number' || !(timeoutMs > 0))
      throw new TypeErrorRef('node.rpc: timeoutMs must be a positive number of milliseconds');
  }
  const id = nextMsgId++;
  const json = bodyJson(copyWith(body, 'msg_id', id), 'node.rpc');
  return new PromiseRef(function (resolve, reject) {
    sendJson(dest, json);
    const timer = addTimer(function () {
      apply(mapDelete, pending, [id]);
      reject(RpcError(0, 'no reply from ' + dest + ' to msg_id ' + id + ' within ' + timeoutMs + ' ms'));
    }, timeoutMs, -1, 'rpc:' + id + ':' + dest);
    apply(mapSet, pending, [id, [resolve, reject, timer]]);
  });
}

function addTimer(callback, ms, interval, label) {
  if (typeof callback !== 'function') throw new TypeErrorRef('the timer callback must be a function');
  let delay = typeof ms === 'number' && isFinite(ms) && ms > 0 ? ms : 0;
  if (interval >= 0) { delay = delay < 1 ? 1 : delay; interval = delay; }
  const id = nextTimer++;
  apply(mapSet, timers, [id, [callback, interval, label]]);
  emit('["t",' + id + ',' + delay + ',' + stringify(label) + ']');
  return id;
}
function clearTimer(id) {
  if (apply(mapHas, timers, [id])) {
    apply(mapDelete, timers, [id]);
    emit('["c",' + id + ']');
  }
}

function report(error, during, request, fatal) {
  let name = '', message = '', stack = '';
  try {
    if (error instanceof ErrorRef) {
      try { name = StringRef(error.name); } catch (e) { name = 'Error'; }
      try { message = StringRef(error.message); } catch (e) { message = ''; }
      try { stack = typeof error.stack === 'string' ? error.stack : ''; } catch (e) { stack = ''; }
    } else {
      message = show(error);
    }
  } catch (e) {
    message = 'an unreadable error';
  }
  emit('["e",' + stringify(cut(name, 200)) + ',' + stringify(cut(message, 1000)) + ',' +
    stringify(cut(stack, 2000)) + ',' + stringify(during) + ',' + (fatal ? 1 : 0) + ']');
  if (request !== undefined && typeof request.body.msg_id === 'number') {
    sendJson(request.src, stringify({ type: 'error', in_reply_to: request.body.msg_id, code: 13,
      text: (name ? name + ': ' : '') + cut(message, 300) }));
  }
}
function invoke(fn, arg, during, request, fatal, after) {
  let result;
  try {
    result = fn(arg);
  } catch (error) {
    report(error, during, request, fatal);
    return;
  }
  let isPromise = false;
  try { isPromise = result instanceof PromiseRef; } catch (e) { isPromise = false; }
  if (isPromise) {
    apply(then, result, [after, function (error) { report(error, during, request, fatal); }]);
  } else if (after !== undefined) {
    after();
  }
}

const node = {
  get id() { return nodeId; },
  get nodeIds() { return nodeIds; },
  on(type, handler) {
    if (typeof type !== 'string' || type === '') throw new TypeErrorRef('node.on(type, handler): type must be a message type such as "echo"');
    if (typeof handler !== 'function') throw new TypeErrorRef('node.on(type, handler): handler must be a function');
    handlers[type] = handler;
  },
  send, reply, rpc,
  setTimeout(callback, ms) { return addTimer(callback, ms, -1, ''); },
  setInterval(callback, ms) { return addTimer(callback, ms, 0, ''); },
  clearTimeout(id) { clearTimer(id); },
  clearInterval(id) { clearTimer(id); },
  now() { return now; },
  log() {
    let line = '';
    for (let i = 0; i < arguments.length; i++) {
      line += (i > 0 ? ' ' : '') + show(arguments[i]);
      if (line.length > 2000) break;
    }
    emit('["l",' + stringify(cut(line, 2000)) + ']');
  },
};
freeze(node);

function flush() {
  if (out.length === 0) return '';
  const text = '[' + apply(joinArray, out, [',']) + ']';
  out = [];
  return text;
}

// Garbage collection runs at moments that depend on the allocator, so nothing may observe it.
delete G.WeakRef;
delete G.FinalizationRegistry;

// Date.now() follows the virtual clock; new Date() stays fixed (see the judge prelude).
try { const D = G.Date; defineProperty(D, 'now', { value: function now_() { return epoch + now; }, writable: true, configurable: true }); } catch (e) {}

function start(main, t) {
  now = t;
  if (typeof main !== 'function') {
    emit('["e","MissingMain","","","main",1]');
  } else {
    invoke(main, node, 'main', undefined, true, undefined);
  }
  return flush();
}

function deliver(json, t) {
  now = t;
  const msg = parse(json), body = msg.body, type = body.type, replyTo = body.in_reply_to;
  if (typeof replyTo === 'number' && apply(mapHas, pending, [replyTo])) {
    const waiting = apply(mapGet, pending, [replyTo]);
    apply(mapDelete, pending, [replyTo]);
    clearTimer(waiting[2]);
    if (type === 'error') waiting[1](RpcError(typeof body.code === 'number' ? body.code : 13, typeof body.text === 'string' ? body.text : 'error', body));
    else waiting[0](body);
    return flush();
  }
  if (type === 'init') {
    nodeId = body.node_id;
    nodeIds = freeze(apply(Array.prototype.slice, body.node_ids, []));
    const done = function () { sendJson(msg.src, stringify({ type: 'init_ok', in_reply_to: body.msg_id })); };
    const h = handlers.init;
    if (h === undefined) done();
    else invoke(h, msg, "handling 'init'", undefined, true, done);
    return flush();
  }
  const handler = handlers[type];
  if (handler === undefined) {
    if (typeof replyTo !== 'number') {
      emit('["u",' + stringify(type) + ',' + stringify(msg.src) + ']');
      if (typeof body.msg_id === 'number')
        sendJson(msg.src, stringify({ type: 'error', in_reply_to: body.msg_id, code: 10, text: 'no handler for ' + type }));
    }
    return flush();
  }
  invoke(handler, msg, "handling '" + type + "' from " + msg.src, msg, false, undefined);
  return flush();
}

function fire(id, t) {
  now = t;
  const timer = apply(mapGet, timers, [id]);
  if (timer === undefined) return flush();
  if (timer[1] >= 0) emit('["t",' + id + ',' + timer[1] + ',""]');
  else apply(mapDelete, timers, [id]);
  invoke(timer[0], undefined, timer[2] === '' ? 'a timer' : 'an rpc timeout', undefined, false, undefined);
  return flush();
}

return { start, deliver, fire, flush };
})`
