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

// loadError is set if the client cannot start or stops: tests poll it so a
// failure shows at once instead of as a timeout.
window.loadError = null;
(async () => {
  const box = document.getElementById('loading');
  try {
    const go = new Go();
    const resp = await fetch('madang.wasm');
    if (!resp.ok) throw new Error('madang.wasm: HTTP ' + resp.status);
    const { instance } = await WebAssembly.instantiateStreaming(resp, go.importObject);
    box.remove();
    await go.run(instance);
    window.loadError = 'the client exited';
  } catch (e) {
    window.loadError = String(e);
    box.className = 'error';
    box.textContent = '마당을 시작하지 못했어요. Madang could not start.\n' + e;
    if (!box.parentNode) document.body.appendChild(box);
  }
})();
