import * as vscode from 'vscode';
import { Disposable } from '../util/dispose';

/** Colour ids contributed in package.json (contributes.colors) for the review. */
export const ReviewColor = {
  Shared: 'newsAnnotator.sharedEntityBackground',
  SharedBorder: 'newsAnnotator.sharedEntityBorder',
  Current: 'newsAnnotator.currentSharedEntityBackground',
  OnlyMine: 'newsAnnotator.disagreementOnlyMine',
  OnlyTheirs: 'newsAnnotator.disagreementOnlyTheirs',
  LabelMismatch: 'newsAnnotator.disagreementLabel',
  BoundaryMismatch: 'newsAnnotator.disagreementBoundary',
} as const;

/** Every decoration type of the review, created once per activation. */
export class ReviewDecorations extends Disposable {
  readonly shared = this._register(vscode.window.createTextEditorDecorationType({
    backgroundColor: new vscode.ThemeColor(ReviewColor.Shared),
    border: '1px dashed',
    borderColor: new vscode.ThemeColor(ReviewColor.SharedBorder),
    borderRadius: '2px',
    overviewRulerColor: new vscode.ThemeColor(ReviewColor.SharedBorder),
    overviewRulerLane: vscode.OverviewRulerLane.Right,
  }));
  readonly current = this._register(vscode.window.createTextEditorDecorationType({
    backgroundColor: new vscode.ThemeColor(ReviewColor.Current),
    border: '2px solid',
    borderColor: new vscode.ThemeColor(ReviewColor.SharedBorder),
    borderRadius: '2px',
  }));
  readonly onlyMine = this._register(vscode.window.createTextEditorDecorationType({
    backgroundColor: new vscode.ThemeColor(ReviewColor.OnlyMine),
    overviewRulerColor: new vscode.ThemeColor(ReviewColor.OnlyMine),
    overviewRulerLane: vscode.OverviewRulerLane.Left,
  }));
  readonly onlyTheirs = this._register(vscode.window.createTextEditorDecorationType({
    border: '1px dashed',
    borderColor: new vscode.ThemeColor(ReviewColor.OnlyTheirs),
    overviewRulerColor: new vscode.ThemeColor(ReviewColor.OnlyTheirs),
    overviewRulerLane: vscode.OverviewRulerLane.Left,
  }));
  readonly labelMismatch = this._register(vscode.window.createTextEditorDecorationType({
    textDecoration: 'underline wavy',
    backgroundColor: new vscode.ThemeColor(ReviewColor.LabelMismatch),
    overviewRulerColor: new vscode.ThemeColor(ReviewColor.LabelMismatch),
    overviewRulerLane: vscode.OverviewRulerLane.Left,
  }));
  readonly boundaryMismatch = this._register(vscode.window.createTextEditorDecorationType({
    textDecoration: 'underline dotted',
    backgroundColor: new vscode.ThemeColor(ReviewColor.BoundaryMismatch),
    overviewRulerColor: new vscode.ThemeColor(ReviewColor.BoundaryMismatch),
    overviewRulerLane: vscode.OverviewRulerLane.Left,
  }));
}

export function toRange(doc: vscode.TextDocument, r: { start: number; end: number }): vscode.Range {
  return new vscode.Range(doc.positionAt(r.start), doc.positionAt(r.end));
}
