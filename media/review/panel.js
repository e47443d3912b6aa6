// @ts-check
// Comparison panel of News Annotator: renders the model the extension posts, sends decisions back.
// No HTML strings from data: every value goes through textContent.
(function () {
  // eslint-disable-next-line no-undef
  const vscode = acquireVsCodeApi();
  const root = /** @type {HTMLElement} */ (document.getElementById('root'));

  /** @param {string} tag @param {string} [cls] @param {string} [text] */
  function el(tag, cls, text) {
    const e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined) e.textContent = text;
    return e;
  }

  /** @param {string} label @param {string} title @param {() => void} onClick */
  function button(label, title, onClick, secondary) {
    const b = /** @type {HTMLButtonElement} */ (el('button', secondary ? 'secondary' : '', label));
    b.title = title;
    b.type = 'button';
    b.addEventListener('click', onClick);
    return b;
  }

  function render(model) {
    vscode.setState({ meetingId: model.meetingId, documents: model.documents });
    const s = model.strings;
    root.replaceChildren();
    const head = el('header');
    head.append(el('h1', '', model.title));
    const summary = s.summary.replace('{0}', String(model.differences)).replace('{1}', String(model.fields.length)).replace('{2}', String(model.undecided));
    head.append(el('p', 'summary', summary));
    head.append(button(s.open, s.open, () => vscode.postMessage({ type: 'openSources' }), true));
    root.append(head);

    const table = el('table', 'comparison');
    const thead = el('thead');
    const hr = el('tr');
    hr.append(el('th', '', s.field));
    for (const src of model.sources) {
      const th = el('th', 'source', src.label);
      th.title = src.id;
      hr.append(th);
    }
    hr.append(el('th', 'merged', s.merged));
    thead.append(hr);
    table.append(thead);
    const tbody = el('tbody');
    /** @type {any[]} */
    const rendered = [];
    for (const f of model.fields) {
      const tr = el('tr', `state-${f.state}${f.decision ? ' decided' : ''}`);
      tr.dataset.field = f.field;
      const th = el('th', 'field');
      th.append(el('div', 'field-name', f.label));
      if (f.state !== 'same') th.append(el('div', 'badge', f.stateLabel));
      tr.append(th);
      const cells = [];
      for (const v of f.values) {
        const td = el('td', 'value');
        if (!v.items.length) td.append(el('span', 'none', s.none));
        const ul = el('ul');
        for (const it of v.items) {
          const li = el('li', it.inAllSources ? 'common' : 'diff', it.display);
          if (!it.inAllSources) li.title = f.stateLabel;
          ul.append(li);
        }
        if (v.items.length) td.append(ul);
        if (f.state !== 'same' && v.canTake && v.items.length) {
          const taken = f.decision && f.decision.action === 'take' && f.decision.source === v.source;
          const b = button(s.take, s.takeTitle, () => vscode.postMessage({ type: 'take', field: f.field, source: v.source }), !taken);
          b.classList.add('take');
          if (taken) b.disabled = true;
          td.append(b);
        }
        cells.push(v.items.map((i) => i.display).join(', '));
        tr.append(td);
      }
      const mtd = el('td', 'merged');
      mtd.append(el('div', 'merged-value', f.merged.length ? f.merged.join(', ') : s.none));
      if (f.decision) {
        const note = f.decision.action === 'take' ? s.taken.replace('{0}', (f.decision.source || '').split('/').pop() || '') : s.isReviewed;
        mtd.append(el('div', 'decision', note));
        mtd.append(button(s.undo, s.undo, () => vscode.postMessage({ type: 'undo', field: f.field }), true));
      } else if (f.state !== 'same') {
        mtd.append(button(s.reviewed, s.reviewedTitle, () => vscode.postMessage({ type: 'reviewed', field: f.field }), true));
      }
      tr.append(mtd);
      tbody.append(tr);
      rendered.push({ field: f.field, state: f.state, cells, merged: f.merged.join(', '), decided: !!f.decision });
    }
    table.append(tbody);
    root.append(table);
    vscode.postMessage({ type: 'rendered', rows: rendered });
  }

  window.addEventListener('message', (event) => {
    const m = event.data;
    if (m && m.type === 'model') render(m.model);
    else if (m && m.type === 'missing') {
      root.replaceChildren(el('p', 'missing', m.text));
      vscode.postMessage({ type: 'rendered', rows: [] });
    }
  });
  vscode.postMessage({ type: 'ready' });
})();
