// Starts the Madang WebAssembly client. A file rather than an inline
// script: the world server's Content-Security-Policy allows scripts only
// from its own origin.
'use strict';

// Ebiten's IME support (exp/textinput, v2.8) installs one small handler
// with eval(), which the CSP forbids — allowing 'unsafe-eval' would let any
// injected string run as code. So eval is replaced by a function that
// installs exactly that handler (copied below from textinput_js.go) and
// refuses everything else.
window.eval = function (code) {
  if (typeof code === 'string' && code.includes('ebitengine-textinput')) {
    installTextinputHandler();
    return undefined;
  }
  throw new EvalError('eval is disabled by the page\'s Content-Security-Policy');
};

function installTextinputHandler() {
  const handler = () => {
    if (window._ebitengine_textinput_x === undefined || window._ebitengine_textinput_y === undefined) {
      return;
    }
    const textarea = document.getElementById('ebitengine-textinput');
    textarea.value = '';
    textarea.focus();
    textarea.style.left = window._ebitengine_textinput_x + 'px';
    textarea.style.top = window._ebitengine_textinput_y + 'px';
    window._ebitengine_textinput_x = undefined;
    window._ebitengine_textinput_y = undefined;
    window._ebitengine_textinput_ready = true;
  };
  const body = window.document.body;
  body.addEventListener('mouseup', handler);
  body.addEventListener('touchend', handler);
  body.addEventListener('keyup', handler);
}

// progress shows how much of the client has arrived. total is the decoded
// size (X-Decoded-Length when the server sends the gzip twin, else
// Content-Length); without it the bar just moves.
function progress(loaded, total) {
  const bar = document.getElementById('bar');
  const detail = document.getElementById('detail');
  if (!bar) return;
  const mb = (n) => (n / 1e6).toFixed(1);
  if (total > 0) {
    const pct = Math.min(100, Math.round(100 * loaded / total));
    document.getElementById('fill').style.width = pct + '%';
    bar.setAttribute('aria-valuenow', String(pct));
    detail.textContent = mb(loaded) + ' / ' + mb(total) + ' MB';
  } else {
    bar.className = 'unknown';
    detail.textContent = mb(loaded) + ' MB';
  }
}

// countBytes reads a copy of the response to drive the progress bar. The
// original goes to instantiateStreaming untouched, so the browser can
// compile while it downloads and reuse the code it cached for it.
async function countBytes(resp) {
  const total = Number(resp.headers.get('X-Decoded-Length') ||
    (resp.headers.get('Content-Encoding') ? 0 : resp.headers.get('Content-Length')) || 0);
  if (!resp.body) return;
  const reader = resp.body.getReader();
  let loaded = 0;
  progress(0, total);
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    loaded += value.byteLength;
    progress(loaded, total);
  }
  document.getElementById('what').textContent = '거의 다 됐어요… Starting…';
}

// The WebGL canvas is drawn without multisampling. Ebiten asks for a
// default context, and WebGL's default is antialias: true — a 4× sampled
// drawing buffer resolved on every frame, which changes nothing in this
// game (Ebiten copies its finished, pixel-aligned screen onto the canvas
// with one axis-aligned quad) but costs the most under software rendering
// (SwiftShader in headless Chromium): turning it off cut the first frame
// by about a third and every later one by a quarter. Only contexts that
// ask for no antialias setting of their own are changed.
const getContext = HTMLCanvasElement.prototype.getContext;
HTMLCanvasElement.prototype.getContext = function (type, attrs) {
  if ((type === 'webgl2' || type === 'webgl') && (attrs == null || attrs.antialias === undefined)) {
    attrs = Object.assign({}, attrs, { antialias: false });
  }
  return getContext.call(this, type, attrs);
};

// loadError is set if the client cannot start or stops: tests poll it so a
// failure shows at once instead of as a timeout.
window.loadError = null;
(async () => {
  const box = document.getElementById('loading');
  try {
    const go = new Go();
    const resp = await fetch('madang.wasm');
    if (!resp.ok) throw new Error('madang.wasm: HTTP ' + resp.status);
    const counting = countBytes(resp.clone()).catch(() => {});
    const { instance } = await WebAssembly.instantiateStreaming(resp, go.importObject);
    await counting;
    // When the client was downloaded and compiled, on the page's clock (the
    // load benchmark splits the time to the first world here).
    window.madangWasmReady = performance.now();
    // The loading screen stays until the client draws its first frame
    // (it removes #loading then): the first room is usually on its way.
    await go.run(instance);
    window.loadError = 'the client exited';
  } catch (e) {
    window.loadError = String(e);
    box.className = 'error';
    box.textContent = '마당을 시작하지 못했어요. Madang could not start.\n' + e;
    if (!box.parentNode) document.body.appendChild(box);
  }
})();
