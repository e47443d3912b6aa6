import * as vscode from 'vscode';
import { CommandId } from './commandIds';
import { Disposable } from './util/dispose';

/** The extension's root object: owns every service, view and command for one activation. */
export class NewsAnnotator extends Disposable {
  readonly output: vscode.LogOutputChannel;

  constructor(readonly context: vscode.ExtensionContext) {
    super();
    this.output = this._register(vscode.window.createOutputChannel('News Annotator', { log: true }));
    this._register(vscode.commands.registerCommand(CommandId.AnnotateFile, () => this.output.info('annotate file')));
    this._register(vscode.commands.registerCommand(CommandId.AnnotateWorkspace, () => this.output.info('annotate workspace')));
    this.output.info(vscode.l10n.t('News Annotator activated'));
  }
}
