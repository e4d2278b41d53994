/**
 * The part of the harness that lives inside the sandbox. The core runs before any candidate code and
 * captures every builtin it needs, so redefining JSON, Array.prototype or Reflect later cannot change
 * how arguments are built or results are serialized. The host keeps handles to the functions it
 * returns; nothing here is reachable from the global object except the documented globals
 * (ListNode, TreeNode, toList, fromList, toTree, fromTree, console) and the replaced Math.random,
 * Date and Proxy.
 *
 * Parsing costs QuickJS about 150 ns per byte (0.65 ms for the 4 KB core, more than judging 20 small
 * tests), so only the core is parsed for every submission. The replaced globals and the list/tree
 * helpers (LIBRARY) sit behind lazy getters, and the rarely needed functions (error description, class
 * harness, generators, checkers: EXTRA) are fetched from the host by name; the core compiles them, with
 * the builtins it captured, the first time something touches them.
 */
export const PRELUDE_FILENAME = 'drill:harness'

/** Results above this many JSON characters are refused rather than copied out of the sandbox. */
export const MAX_RESULT_CHARS = 8_000_000

/** Console arguments are cut to this many characters before they cross to the host. */
const MAX_PRINT_CHARS = 4_000

const RANDOM = String.raw`function makeRandom(s) {
  let a = s >>> 0, b = 0x9e3779b9, c = 0x243f6a88, d = 0xb7e15162;
  function next() {
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return (t >>> 0) / 4294967296;
  }
  for (let i = 0; i < 15; i++) next();
  return next;
}`

export const CORE_SOURCE = String.raw`(function (print, seed, fixedNow, source) {
'use strict';
const G = globalThis, R = Reflect, apply = R.apply, evalRef = eval, getDescriptor = Object.getOwnPropertyDescriptor;
const defineProperty = Object.defineProperty, stringify = JSON.stringify, parse = JSON.parse, ErrorRef = Error;
const StringRef = String, PromiseRef = Promise, test = RegExp.prototype.test;
let touched = false, library = null, extra = null, paramTypes = [], returnKind = 'json';
function define(target, key, value) {
  defineProperty(target, key, { value, writable: true, enumerable: false, configurable: true });
}
function short(error) {
  try { return error instanceof ErrorRef ? error.name + ': ' + error.message : StringRef(error); } catch (e) { return 'an unreadable error'; }
}
const refs = {
  G, R, apply, construct: R.construct, define, defineProperty, stringify, parse, short, StringRef, ErrorRef,
  TypeErrorRef: TypeError, RealProxy: Proxy, revocable: Proxy.revocable, RealDate: Date, M: Math,
  sliceString: String.prototype.slice, sliceArray: Array.prototype.slice, joinArray: Array.prototype.join,
  isInteger: Number.isInteger, floor: Math.floor, WeakSetRef: WeakSet, weakAdd: WeakSet.prototype.add,
  weakHas: WeakSet.prototype.has, print, seed, fixedNow, touch() { touched = true; }, install, loadLibrary,
};
const lazyTargets = [], lazyNames = [], lazyGetters = [];
function lazy(target, name) {
  const get = function () { loadLibrary(); return target[name]; };
  lazyTargets[lazyTargets.length] = target;
  lazyNames[lazyNames.length] = name;
  lazyGetters[lazyGetters.length] = get;
  defineProperty(target, name, { get, set(value) { define(target, name, value); }, enumerable: false, configurable: true });
}
// Replaces a lazy global with its value unless the candidate already assigned their own.
function install(target, name, value) {
  for (let i = 0; i < lazyNames.length; i++) {
    if (lazyTargets[i] !== target || lazyNames[i] !== name) continue;
    const descriptor = getDescriptor(target, name);
    if (descriptor !== undefined && descriptor.get === lazyGetters[i]) define(target, name, value);
  }
}
function loadLibrary() {
  if (library === null) library = evalRef(source('library'))(refs);
  return library;
}
const LAZY = ['Proxy', 'Date', 'console', 'ListNode', 'TreeNode', 'toList', 'fromList', 'toTree', 'fromTree'];
for (let i = 0; i < LAZY.length; i++) lazy(G, LAZY[i]);
lazy(Math, 'random');

function configure(typesJson, returns) {
  paramTypes = parse(typesJson);
  returnKind = returns;
}
function serialize(value) {
  if (returnKind !== 'json') {
    try {
      value = returnKind === 'list' ? loadLibrary().fromList(value) : loadLibrary().fromTree(value);
    } catch (error) {
      return '!could not be read as a ' + (returnKind === 'list' ? 'linked list' : 'binary tree') + ': ' + short(error);
    }
  }
  const type = typeof value;
  if (type === 'function' || type === 'symbol' || type === 'bigint') return '!is a ' + (type === 'bigint' ? 'BigInt' : type);
  touched = false;
  let json;
  try {
    json = stringify(value);
  } catch (error) {
    if (touched) return '!contains a Proxy';
    if (error instanceof ErrorRef && error.name === 'InternalError') throw error;
    const message = short(error);
    if (apply(test, /circular/, [message])) return '!contains a cycle';
    if (apply(test, /BigInt/, [message])) return '!contains a BigInt';
    return '!threw an error while being read: ' + message;
  }
  if (touched) return '!contains a Proxy';
  if (json === undefined) return 'null';
  if (json.length > ${MAX_RESULT_CHARS}) return '!is too large (' + json.length + ' characters as JSON)';
  return json;
}
refs.serialize = serialize;
function run(fn, argsJson) {
  const args = parse(argsJson);
  for (let i = 0; i < paramTypes.length && i < args.length; i++) {
    if (paramTypes[i] === 'list') args[i] = loadLibrary().toList(args[i]);
    else if (paramTypes[i] === 'tree') args[i] = loadLibrary().toTree(args[i]);
  }
  const value = apply(fn, undefined, args);
  if (value !== null && typeof value === 'object') {
    try {
      if (value instanceof PromiseRef) return value;
    } catch (error) {
      // A revoked Proxy throws on instanceof; serialize() reports it.
    }
  }
  return serialize(value);
}
function load(name) {
  return evalRef(source(name))(refs);
}
return { configure, run, serialize, load };
})`

/** Installed on first touch of any replaced global: Proxy, Date, Math.random, console, lists and trees. */
export const LIBRARY_SOURCE = String.raw`(function (refs) {
'use strict';
const { G, R, apply, construct, define, defineProperty, stringify, StringRef, ErrorRef, TypeErrorRef, RealProxy, revocable,
  RealDate, M, sliceString, sliceArray, WeakSetRef, weakAdd, weakHas, print, seed, fixedNow, touch, install } = refs;

// Every trap of a Proxy made in the sandbox reports itself, so serialize() can refuse results built on one.
const TRAPS = ['get', 'set', 'has', 'deleteProperty', 'ownKeys', 'getOwnPropertyDescriptor', 'defineProperty',
  'getPrototypeOf', 'setPrototypeOf', 'isExtensible', 'preventExtensions', 'apply', 'construct'];
function watch(handler) {
  const watched = {};
  for (let i = 0; i < TRAPS.length; i++) {
    const name = TRAPS[i], fallback = R[name];
    define(watched, name, function () {
      touch();
      const trap = handler[name];
      return trap === undefined || trap === null ? apply(fallback, undefined, arguments) : apply(trap, handler, arguments);
    });
  }
  return watched;
}
function SandboxProxy(target, handler) {
  if (new.target === undefined) throw new TypeErrorRef("Constructor Proxy requires 'new'");
  return new RealProxy(target, watch(handler));
}
define(SandboxProxy, 'revocable', function revocable_(target, handler) { return revocable(target, watch(handler)); });
defineProperty(SandboxProxy, 'name', { value: 'Proxy' });

${RANDOM}
const random = makeRandom(seed);
function random_() { return random(); }
defineProperty(random_, 'name', { value: 'random' });

function FixedDate(a, b, c, d, e, f, g) {
  if (new.target === undefined) return apply(RealDate.prototype.toString, construct(RealDate, [fixedNow]), []);
  const args = apply(sliceArray, arguments, []);
  return construct(RealDate, args.length === 0 ? [fixedNow] : args, new.target);
}
FixedDate.prototype = RealDate.prototype;
define(RealDate.prototype, 'constructor', FixedDate);
define(FixedDate, 'now', function now() { return fixedNow; });
define(FixedDate, 'parse', RealDate.parse);
define(FixedDate, 'UTC', RealDate.UTC);
defineProperty(FixedDate, 'name', { value: 'Date' });

function show(value) {
  if (typeof value === 'string') return value;
  try {
    if (value instanceof ErrorRef) return value.name + ': ' + value.message;
    if (typeof value === 'function') return '[Function ' + (value.name || 'anonymous') + ']';
    if (typeof value === 'object' && value !== null) {
      const json = stringify(value);
      if (json !== undefined) return json;
    }
    return StringRef(value);
  } catch (error) {
    return '[unprintable ' + typeof value + ']';
  }
}
function log() {
  let line = '';
  for (let i = 0; i < arguments.length; i++) {
    line += (i > 0 ? ' ' : '') + show(arguments[i]);
    if (line.length > ${MAX_PRINT_CHARS}) break;
  }
  print(apply(sliceString, line, [0, ${MAX_PRINT_CHARS}]), line.length + 1);
}
const console = { log, info: log, warn: log, error: log, debug: log, trace: log };

class ListNode {
  constructor(val, next) { this.val = val === undefined ? 0 : val; this.next = next === undefined ? null : next; }
}
class TreeNode {
  constructor(val, left, right) {
    this.val = val === undefined ? 0 : val;
    this.left = left === undefined ? null : left;
    this.right = right === undefined ? null : right;
  }
}
function toList(values) {
  let head = null;
  for (let i = values.length - 1; i >= 0; i--) head = new ListNode(values[i], head);
  return head;
}
function fromList(head) {
  const out = [], seen = new WeakSetRef();
  for (let node = head; node !== null && node !== undefined; node = node.next) {
    if (typeof node !== 'object') throw new TypeErrorRef('a list node is a ' + typeof node + ', not a ListNode');
    if (apply(weakHas, seen, [node])) throw new TypeErrorRef('the list has a cycle');
    apply(weakAdd, seen, [node]);
    out[out.length] = node.val;
  }
  return out;
}
function toTree(values) {
  if (values.length === 0 || values[0] === null) return null;
  const root = new TreeNode(values[0]), queue = [root];
  let head = 0, i = 1;
  while (i < values.length && head < queue.length) {
    const node = queue[head++];
    if (i < values.length && values[i] !== null) queue[queue.length] = node.left = new TreeNode(values[i]);
    i++;
    if (i < values.length && values[i] !== null) queue[queue.length] = node.right = new TreeNode(values[i]);
    i++;
  }
  return root;
}
function fromTree(root) {
  const out = [];
  if (root === null || root === undefined) return out;
  const seen = new WeakSetRef(), queue = [root];
  let head = 0;
  while (head < queue.length) {
    const node = queue[head++];
    if (node === null || node === undefined) { out[out.length] = null; continue; }
    if (typeof node !== 'object') throw new TypeErrorRef('a tree node is a ' + typeof node + ', not a TreeNode');
    if (apply(weakHas, seen, [node])) throw new TypeErrorRef('the tree has a cycle or a shared node');
    apply(weakAdd, seen, [node]);
    out[out.length] = node.val;
    queue[queue.length] = node.left;
    queue[queue.length] = node.right;
  }
  let end = out.length;
  while (end > 0 && out[end - 1] === null) end--;
  out.length = end;
  return out;
}

const library = { Proxy: SandboxProxy, Date: FixedDate, console, ListNode, TreeNode, toList, fromList, toTree, fromTree };
for (const name in library) install(G, name, library[name]);
install(M, 'random', random_);
refs.show = show;
return library;
})`

/** Compiled on first need: error description, the class harness, generators and checkers. */
export const EXTRA_SOURCE = String.raw`(function (refs) {
'use strict';
const { apply, construct, stringify, parse, StringRef, ErrorRef, TypeErrorRef, sliceString, sliceArray, joinArray,
  isInteger, floor, serialize, loadLibrary } = refs;
function show(value) { return loadLibrary() && refs.show(value); }
${RANDOM}
function cut(text, max) { return text.length > max ? apply(sliceString, text, [0, max]) + '…' : text; }
function describe(error) {
  let kind = 'value', name = '', message = '', stack = '';
  try {
    if (error !== null && (typeof error === 'object' || typeof error === 'function')) {
      kind = error instanceof ErrorRef ? 'error' : 'object';
      if (kind === 'error') {
        try { name = StringRef(error.name); } catch (e) { name = 'Error'; }
        try { message = StringRef(error.message); } catch (e) { message = ''; }
        try { stack = typeof error.stack === 'string' ? error.stack : ''; } catch (e) { stack = ''; }
      } else {
        message = show(error);
      }
    } else {
      message = typeof error === 'string' ? stringify(error) : StringRef(error);
    }
  } catch (e) {
    kind = 'unknown';
  }
  return stringify({ kind, name: cut(name, 200), message: cut(message, 1000), stack: cut(stack, 4000) });
}
let currentOp = -1;
function runOps(Cls, opsJson) {
  const ops = parse(opsJson), out = [];
  currentOp = 0;
  const instance = construct(Cls, apply(sliceArray, ops[0], [1]));
  out[0] = 'null';
  for (let i = 1; i < ops.length; i++) {
    currentOp = i;
    const name = ops[i][0], method = instance[name];
    if (typeof method !== 'function') throw new TypeErrorRef(StringRef(name) + ' is not a method of ' + StringRef(Cls.name));
    const json = serialize(apply(method, instance, apply(sliceArray, ops[i], [1])));
    if (json[0] === '!') return '!' + i + '!' + apply(sliceString, json, [1]);
    out[i] = json;
  }
  currentOp = -1;
  return '[' + apply(joinArray, out, [',']) + ']';
}
function operation() { return currentOp; }
function makeRng(seed) {
  const next = makeRandom(seed);
  function int(lo, hi) {
    if (!isInteger(lo) || !isInteger(hi) || hi < lo) throw new TypeErrorRef('rng.int(lo, hi) needs integers with lo <= hi');
    return lo + floor(next() * (hi - lo + 1));
  }
  function pick(array) { return array[int(0, array.length - 1)]; }
  function shuffle(array) {
    for (let i = array.length - 1; i > 0; i--) { const j = int(0, i), t = array[i]; array[i] = array[j]; array[j] = t; }
    return array;
  }
  return { next, int, pick, shuffle };
}
function generate(fn, seed) {
  return serialize(apply(fn, undefined, [makeRng(seed)]));
}
function callChecker(check, inputJson, expectedJson, actualJson) {
  const verdict = apply(check, undefined, [parse(inputJson), parse(expectedJson), parse(actualJson)]);
  if (verdict === true) return '';
  if (typeof verdict === 'string') return verdict === '' ? 'the checker rejected the answer' : verdict;
  return 'the checker returned ' + show(verdict) + ' instead of true or a reason';
}
return { describe, runOps, operation, generate, callChecker };
})`
