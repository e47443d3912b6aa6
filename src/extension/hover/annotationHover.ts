import * as vscode from 'vscode';
import type { AnnotationSpan } from '../../core/annotations';
import type { ArticleRegistry } from '../articles/articleRegistry';
import { CommandId } from '../commandIds';
import { refOf } from '../commands/target';
import type { EntityService } from '../entities/entityService';
import type { AnnotationStore } from '../store/annotationStore';
import { Disposable } from '../util/dispose';

const LINK_COMMANDS = [CommandId.AcceptSuggestion, CommandId.RejectSuggestion, CommandId.ChangeLabel, CommandId.LinkEntity, CommandId.RemoveTag];

/** Hover on a span: label, linked entity (names, aliases, role, country), source, confidence, status, action links. */
export class AnnotationHover extends Disposable implements vscode.HoverProvider {
  constructor(
    private readonly store: AnnotationStore,
    private readonly registry: ArticleRegistry,
    private readonly entities: EntityService,
  ) {
    super();
    this._register(vscode.languages.registerHoverProvider([{ scheme: 'file' }, { scheme: 'untitled' }, { scheme: 'vscode-remote' }], this));
  }

  provideHover(doc: vscode.TextDocument, pos: vscode.Position): vscode.Hover | undefined {
    if (!this.registry.isArticle(doc)) return undefined;
    const state = this.store.get(doc.uri);
    if (!state) return undefined;
    const offset = doc.offsetAt(pos);
    const spans = state.set.spansAt(offset).filter((s) => s.start <= offset && offset < s.end);
    const s = spans[0];
    if (!s) return undefined;
    const md = this.render(doc.uri, s, !!state.readOnly);
    return new vscode.Hover(md, new vscode.Range(doc.positionAt(s.start), doc.positionAt(s.end)));
  }

  render(uri: vscode.Uri, s: AnnotationSpan, readOnly: boolean): vscode.MarkdownString {
    const md = new vscode.MarkdownString(undefined, true);
    md.isTrusted = { enabledCommands: LINK_COMMANDS };
    md.supportThemeIcons = true;
    const status = s.status === 'suggested' ? vscode.l10n.t('suggestion') : s.status === 'accepted' ? vscode.l10n.t('accepted') : vscode.l10n.t('rejected');
    md.appendMarkdown(`**${esc(s.label)}** · ${esc(status)} · ${s.source === 'auto' ? vscode.l10n.t('automatic') : vscode.l10n.t('manual')}`);
    if (s.confidence !== undefined) md.appendMarkdown(` · ${vscode.l10n.t('confidence {0}', s.confidence.toFixed(2))}`);
    md.appendMarkdown('\n\n');
    const e = s.entityId ? this.entities.get(s.entityId) : undefined;
    if (e) {
      const names = [e.name.hi, e.name.en].filter(Boolean).map((n) => esc(n!)).join(' / ');
      md.appendMarkdown(`$(link) ${names || esc(e.id)} ${code(e.id)}\n\n`);
      const facts = [e.attrs?.role, e.attrs?.country, e.attrs?.type].filter(Boolean).map((v) => esc(v!));
      if (facts.length) md.appendMarkdown(`${facts.join(' · ')}\n\n`);
      if (e.aliases.length) md.appendMarkdown(`${vscode.l10n.t('Aliases')}: ${e.aliases.slice(0, 12).map(esc).join(', ')}${e.aliases.length > 12 ? ' …' : ''}\n\n`);
    } else if (s.entityId) {
      md.appendMarkdown(`$(link) ${code(s.entityId)}\n\n`);
    } else {
      md.appendMarkdown(`${vscode.l10n.t('Not linked to an entity')}\n\n`);
    }
    if (s.author || s.time) md.appendMarkdown(`_${esc([s.author, s.time?.slice(0, 16).replace('T', ' ')].filter(Boolean).join(', '))}_\n\n`);
    if (readOnly) {
      md.appendMarkdown(vscode.l10n.t('Read-only: the annotation file cannot be read.'));
      return md;
    }
    const arg = encodeURIComponent(JSON.stringify([refOf(uri, s)]));
    const link = (id: CommandId, text: string) => `[${text}](command:${id}?${arg} "${text}")`;
    const actions: string[] = [];
    if (s.status === 'suggested') actions.push(link(CommandId.AcceptSuggestion, vscode.l10n.t('Accept')), link(CommandId.RejectSuggestion, vscode.l10n.t('Reject')));
    actions.push(link(CommandId.ChangeLabel, vscode.l10n.t('Change Label')), link(CommandId.LinkEntity, vscode.l10n.t('Link')), link(CommandId.RemoveTag, vscode.l10n.t('Remove')));
    md.appendMarkdown(actions.join(' · '));
    return md;
  }
}

/** Inline code (no escaping inside code spans; backticks cannot occur in ids we write). */
function code(s: string): string {
  return '`' + s.replace(/`/g, "'") + '`';
}

function esc(s: string): string {
  return s.replace(/[\\`*_{}[\]()#+\-.!|<>$]/g, '\\$&');
}
