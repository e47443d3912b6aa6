import * as vscode from 'vscode';
import type { Meeting } from '../../core/model';
import { compareMeetingSources, takeFieldFromSource, type FieldState, type MeetingField } from '../../core/review';
import type { FieldDecision } from './fieldDecisions';
import type { FoundMeeting } from './reviewData';

/** Everything the comparison webview renders: plain JSON, posted to the webview. */
export interface PanelModel {
  meetingId: string;
  title: string;
  /** Article URIs (strings), kept in the webview state to restore the panel after a reload. */
  documents: string[];
  sources: { id: string; label: string }[];
  fields: PanelField[];
  differences: number;
  undecided: number;
  strings: Record<string, string>;
}

export interface PanelField {
  field: MeetingField;
  label: string;
  state: FieldState;
  stateLabel: string;
  /** `canTake`: the source has its own report of the meeting to take the value from. */
  values: { source: string; canTake: boolean; items: { display: string; inAllSources: boolean }[] }[];
  merged: string[];
  decision?: FieldDecision;
}

export function fieldLabel(f: MeetingField): string {
  switch (f) {
    case 'participants': return vscode.l10n.t('Participants');
    case 'place': return vscode.l10n.t('Place');
    case 'date': return vscode.l10n.t('Date');
    case 'occasion': return vscode.l10n.t('Occasion');
    case 'topics': return vscode.l10n.t('Topics');
    case 'status': return vscode.l10n.t('Status');
  }
}

function stateLabel(s: FieldState): string {
  switch (s) {
    case 'same': return vscode.l10n.t('same in every source');
    case 'missing': return vscode.l10n.t('missing in some sources');
    case 'different': return vscode.l10n.t('sources differ');
    case 'extra': return vscode.l10n.t('some sources name more');
  }
}

/** Applies recorded 'take' decisions to the merged meeting (values taken from a source's own report). */
export function applyDecisions(found: FoundMeeting, decisions: Partial<Record<MeetingField, FieldDecision>>): Meeting {
  let m = found.merged;
  for (const [field, d] of Object.entries(decisions) as [MeetingField, FieldDecision][]) {
    const from = d.action === 'take' && d.source ? found.perSource[d.source] : undefined;
    if (from) m = takeFieldFromSource(m, field, from, { author: d.author, time: d.time });
  }
  return m;
}

export function buildPanelModel(found: FoundMeeting, decisions: Partial<Record<MeetingField, FieldDecision>>): PanelModel {
  const merged = applyDecisions(found, decisions);
  const cmp = compareMeetingSources(found.merged, found.perSource);
  const mergedCmp = compareMeetingSources(merged, found.perSource);
  const fields: PanelField[] = cmp.fields.map((f, i) => ({
    field: f.field,
    label: fieldLabel(f.field),
    state: f.state,
    stateLabel: stateLabel(f.state),
    values: f.values.map((v) => ({ source: v.source, canTake: !!found.perSource[v.source], items: v.items.map((x) => ({ display: x.display, inAllSources: x.inAllSources })) })),
    merged: mergedCmp.fields[i].merged.map((x) => x.display),
    decision: decisions[f.field],
  }));
  const who = merged.participants.map((p) => p.name).join(', ');
  return {
    meetingId: merged.id,
    title: vscode.l10n.t('Meeting: {0}', who || merged.id),
    documents: cmp.sources.map((s) => found.docs.get(s)?.uri.toString()).filter((u): u is string => !!u),
    sources: cmp.sources.map((s) => ({ id: s, label: s.split('/').pop() ?? s })),
    fields,
    differences: cmp.differences,
    undecided: fields.filter((f) => f.state !== 'same' && !f.decision).length,
    strings: {
      field: vscode.l10n.t('Field'),
      merged: vscode.l10n.t('Merged meeting'),
      take: vscode.l10n.t('Take'),
      takeTitle: vscode.l10n.t('Use this source\'s value in the merged meeting'),
      reviewed: vscode.l10n.t('Mark reviewed'),
      reviewedTitle: vscode.l10n.t('Keep the difference and mark it reviewed'),
      undo: vscode.l10n.t('Undo'),
      none: vscode.l10n.t('(not given)'),
      isReviewed: vscode.l10n.t('reviewed'),
      taken: vscode.l10n.t('taken from {0}'),
      summary: vscode.l10n.t('{0} of {1} fields differ; {2} still to decide.'),
      open: vscode.l10n.t('Open side by side'),
    },
  };
}
