import { randomBytes } from 'node:crypto';
import * as vscode from 'vscode';
import type { MeetingField } from '../../core/review';
import { Disposable } from '../util/dispose';
import type { FieldDecisionStore } from './fieldDecisions';
import { buildPanelModel, type PanelModel } from './panelModel';
import type { FoundMeeting, ReviewData } from './reviewData';

export const COMPARISON_VIEW_TYPE = 'newsAnnotator.meetingComparison';

/** State kept by the webview (vscode.setState) and handed back to the serializer after a reload. */
export interface PanelState {
  meetingId: string;
  documents: string[];
}

/** What the webview reports after rendering: the text of every row, for tests and diagnostics. */
export interface RenderedRow {
  field: string;
  state: string;
  cells: string[];
  merged: string;
  decided: boolean;
}

type FromWebview =
  | { type: 'ready' }
  | { type: 'take'; field: MeetingField; source: string }
  | { type: 'reviewed'; field: MeetingField }
  | { type: 'undo'; field: MeetingField }
  | { type: 'openSources' }
  | { type: 'rendered'; rows: RenderedRow[] };

/** One comparison webview for one meeting. */
export class ComparisonPanel extends Disposable {
  model: PanelModel | undefined;
  rendered: RenderedRow[] | undefined;
  private readonly _onDidRender = this._register(new vscode.EventEmitter<RenderedRow[]>());
  readonly onDidRender = this._onDidRender.event;
  private readonly _onDidDispose = this._register(new vscode.EventEmitter<void>());
  readonly onDidDispose = this._onDidDispose.event;

  constructor(
    readonly panel: vscode.WebviewPanel,
    private readonly extensionUri: vscode.Uri,
    readonly state: PanelState,
    private readonly data: ReviewData,
    private readonly decisions: FieldDecisionStore,
    private readonly openSources: (state: PanelState) => Promise<unknown>,
  ) {
    super();
    panel.webview.options = { enableScripts: true, localResourceRoots: [vscode.Uri.joinPath(extensionUri, 'media', 'review')] };
    panel.webview.html = this.html();
    this._register(panel.webview.onDidReceiveMessage((m: FromWebview) => void this.onMessage(m)));
    this._register(panel.onDidDispose(() => { this._onDidDispose.fire(); this.dispose(); }));
  }

  private async found(): Promise<FoundMeeting | undefined> {
    const uris = this.state.documents.map((d) => vscode.Uri.parse(d));
    return this.data.findMeeting(this.state.meetingId, uris.length ? uris : undefined);
  }

  /** Rebuilds the model from the articles and saved decisions and posts it to the webview. */
  async refresh(): Promise<PanelModel | undefined> {
    let found: FoundMeeting | undefined;
    try {
      found = await this.found();
    } catch (err) {
      void vscode.window.showErrorMessage(vscode.l10n.t('Cannot compare the meeting: {0}', (err as Error).message));
    }
    if (!found) {
      this.model = undefined;
      void this.panel.webview.postMessage({ type: 'missing', text: vscode.l10n.t('Meeting {0} was not found in these articles any more.', this.state.meetingId) });
      return undefined;
    }
    let decisions = {};
    try {
      decisions = await this.decisions.forMeeting(found.merged.id);
    } catch (err) {
      void vscode.window.showErrorMessage((err as Error).message);
    }
    this.model = buildPanelModel(found, decisions);
    this.panel.title = this.model.title;
    this.rendered = undefined;
    void this.panel.webview.postMessage({ type: 'model', model: this.model });
    return this.model;
  }

  private async onMessage(m: FromWebview): Promise<void> {
    try {
      switch (m.type) {
        case 'ready': await this.refresh(); break;
        case 'rendered': this.rendered = m.rows; this._onDidRender.fire(m.rows); break;
        case 'take': await this.take(m.field, m.source); break;
        case 'reviewed': await this.markReviewed(m.field); break;
        case 'undo': await this.decisions.undo(this.state.meetingId, m.field); await this.refresh(); break;
        case 'openSources': await this.openSources(this.state); break;
      }
    } catch (err) {
      void vscode.window.showErrorMessage(vscode.l10n.t('Could not save the decision: {0}', (err as Error).message));
    }
  }

  /** The merged meeting takes `source`'s value for `field`. */
  async take(field: MeetingField, source: string): Promise<void> {
    const found = await this.found();
    const from = found?.perSource[source];
    if (!found || !from) throw new Error(vscode.l10n.t('{0} has no value of its own for this meeting', source));
    const row = this.model?.fields.find((f) => f.field === field);
    const value = row?.values.find((v) => v.source === source)?.items.map((i) => i.display).join(', ');
    await this.decisions.take(found.merged, field, from, { action: 'take', source, value, author: author(), time: new Date().toISOString() });
    await this.refresh();
  }

  async markReviewed(field: MeetingField): Promise<void> {
    await this.decisions.set(this.state.meetingId, field, { action: 'reviewed', author: author(), time: new Date().toISOString() });
    await this.refresh();
  }

  private html(): string {
    const w = this.panel.webview;
    const nonce = makeNonce();
    const media = (f: string) => w.asWebviewUri(vscode.Uri.joinPath(this.extensionUri, 'media', 'review', f));
    const csp = `default-src 'none'; style-src ${w.cspSource}; script-src 'nonce-${nonce}'; img-src ${w.cspSource}; font-src ${w.cspSource};`;
    return `<!DOCTYPE html>
<html lang="${vscode.env.language}">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${media('panel.css')}">
<title>${escapeHtml(vscode.l10n.t('Meeting comparison'))}</title>
</head>
<body>
<main id="root" aria-live="polite"><p class="loading">${escapeHtml(vscode.l10n.t('Comparing sources…'))}</p></main>
<script nonce="${nonce}" src="${media('panel.js')}"></script>
</body>
</html>`;
  }
}

function author(): string | undefined {
  return vscode.workspace.getConfiguration('newsAnnotator').get<string>('author') || undefined;
}

function makeNonce(): string {
  return randomBytes(18).toString('base64').replace(/[^A-Za-z0-9]/g, '');
}

function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}
