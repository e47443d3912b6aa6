/**
 * "Export Annotations…" (a short wizard: format, options, labels, output folder; progress with
 * cancel) and "Import Annotations…". The work itself is shared with the CLI (runExportJob /
 * runImportJob: asynchronous file I/O, streaming writes). Both commands accept an options object
 * so tests and other commands can bypass the wizard.
 */
import * as vscode from 'vscode';
import { runExportJob, type ExportRunResult } from '../../cli/commands/export';
import { runImportJob, type ImportRunReport } from '../../cli/commands/import';
import { FORMAT_DESCRIPTIONS, FORMAT_IDS, IMPORT_FORMAT_IDS, isFormatId, isImportFormatId, parseRatios, type FormatId, type ImportFormatId } from '../../core/formats';
import { DEFAULT_LABELS } from '../../core/model';
import { CommandId } from '../commandIds';
import { Disposable } from '../util/dispose';

/** Options of the export command; anything left out is asked for (or defaulted when `quiet`). */
export interface ExportCommandOptions {
  format?: FormatId;
  /** Output folder (or file for one-file formats), a path or a Uri. */
  out?: string | vscode.Uri;
  /** Articles, folders or corpus JSON files; default: every workspace folder. */
  paths?: (string | vscode.Uri)[];
  acceptedOnly?: boolean;
  labels?: string[];
  excludeBoilerplate?: boolean;
  /** "0.8,0.1,0.1" or three numbers. */
  split?: string | [number, number, number];
  seed?: number;
  writeStats?: boolean;
  /** Do not ask anything: use defaults for what is missing (format json, out `<folder>/export-<format>`). */
  quiet?: boolean;
}

export interface ImportCommandOptions {
  format?: ImportFormatId;
  files?: (string | vscode.Uri)[];
  into?: string | vscode.Uri;
  dryRun?: boolean;
}

const fsPath = (p: string | vscode.Uri) => (typeof p === 'string' ? p : p.fsPath);

export class ExportCommands extends Disposable {
  constructor(
    private readonly output: vscode.LogOutputChannel,
    /** Saves pending annotation edits so the export sees them. */
    private readonly flush: () => Promise<void>,
  ) {
    super();
    this._register(vscode.commands.registerCommand(CommandId.ExportAnnotations, (o?: ExportCommandOptions) => this.exportAnnotations(o)));
    this._register(vscode.commands.registerCommand(CommandId.ExportAnnotationsAsJson, (o?: ExportCommandOptions) => this.exportAnnotations({ ...o, format: 'json' })));
    this._register(vscode.commands.registerCommand(CommandId.ImportAnnotations, (o?: ImportCommandOptions) => this.importAnnotations(o)));
  }

  async exportAnnotations(given: ExportCommandOptions = {}): Promise<ExportRunResult | undefined> {
    const folders = vscode.workspace.workspaceFolders ?? [];
    const paths = given.paths?.map(fsPath) ?? folders.map((f) => f.uri.fsPath);
    if (!paths.length) {
      void vscode.window.showWarningMessage(vscode.l10n.t('Open a folder of articles to export annotations.'));
      return undefined;
    }
    const o = given.quiet ? { format: 'json' as FormatId, ...given } : await this.ask(given, folders[0]?.uri);
    if (!o?.format) return undefined;
    const format = o.format;
    const out = o.out ? fsPath(o.out) : vscode.Uri.joinPath(folders[0]?.uri ?? vscode.Uri.file(paths[0]), `export-${format}`).fsPath;
    let splitRatios: [number, number, number] | undefined;
    try {
      splitRatios = typeof o.split === 'string' ? parseRatios(o.split) : o.split;
    } catch (e) {
      void vscode.window.showErrorMessage((e as Error).message);
      return undefined;
    }
    await this.flush();
    const result = await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Exporting annotations ({0})', format), cancellable: true },
      (progress, token) =>
        runExportJob(
          { format, paths, out, acceptedOnly: o.acceptedOnly, labels: o.labels, excludeBoilerplate: o.excludeBoilerplate, splitRatios, seed: o.seed, writeStats: o.writeStats },
          {
            isCancelled: () => token.isCancellationRequested,
            onDocument: (done, id) => progress.report({ message: vscode.l10n.t('{0} documents: {1}', done, id) }),
          },
        ),
    );
    for (const e of result.errors) this.output.warn(`export: ${e.path}: ${e.message}`);
    for (const w of result.report.warnings) this.output.info(`export: ${w}`);
    if (result.report.cancelled) {
      void vscode.window.showWarningMessage(vscode.l10n.t('Export cancelled: the files written so far may be incomplete.'));
      return result;
    }
    const msg = vscode.l10n.t('Exported {0} documents, {1} spans and {2} meetings as {3}.', result.report.documents, result.report.spans, result.report.meetings, format);
    if (!given.quiet) {
      const reveal = vscode.l10n.t('Reveal in Explorer');
      void vscode.window.showInformationMessage(result.errors.length ? `${msg} ${vscode.l10n.t('{0} file(s) could not be read: see the output.', result.errors.length)}` : msg, reveal).then((c) => {
        if (c === reveal && result.files[0]) void vscode.commands.executeCommand('revealFileInOS', vscode.Uri.file(result.files[0]));
      });
    }
    this.output.info(msg);
    return result;
  }

  /** The wizard: format, options, labels, output folder. Returns undefined when dismissed. */
  private async ask(given: ExportCommandOptions, folder: vscode.Uri | undefined): Promise<ExportCommandOptions | undefined> {
    const o = { ...given };
    if (!o.format) {
      const pick = await vscode.window.showQuickPick(
        FORMAT_IDS.map((id) => ({ label: id, description: vscode.l10n.t(FORMAT_DESCRIPTIONS[id]) })),
        { title: vscode.l10n.t('Export Annotations (1/4): format'), placeHolder: vscode.l10n.t('Dataset format') },
      );
      if (!pick || !isFormatId(pick.label)) return undefined;
      o.format = pick.label;
    }
    type Opt = vscode.QuickPickItem & { key: 'acceptedOnly' | 'excludeBoilerplate' | 'split' | 'writeStats' };
    const items: Opt[] = [
      { key: 'acceptedOnly', label: vscode.l10n.t('Accepted spans only'), description: vscode.l10n.t('otherwise suggestions too; rejected spans never'), picked: o.acceptedOnly ?? false },
      { key: 'excludeBoilerplate', label: vscode.l10n.t('Exclude boilerplate zones'), description: vscode.l10n.t('navigation, related links, footers...'), picked: o.excludeBoilerplate ?? true },
      { key: 'split', label: vscode.l10n.t('Split into train/dev/test (80/10/10, by document)'), picked: o.split !== undefined },
      { key: 'writeStats', label: vscode.l10n.t('Also write stats.json'), picked: o.writeStats ?? true },
    ];
    const chosen = await vscode.window.showQuickPick(items, { title: vscode.l10n.t('Export Annotations (2/4): options'), canPickMany: true });
    if (!chosen) return undefined;
    const on = (k: Opt['key']) => chosen.some((c) => c.key === k);
    o.acceptedOnly = on('acceptedOnly');
    o.excludeBoilerplate = on('excludeBoilerplate');
    o.writeStats = on('writeStats');
    o.split = on('split') ? (o.split ?? '0.8,0.1,0.1') : undefined;
    if (!o.labels) {
      const labels = await vscode.window.showQuickPick(
        DEFAULT_LABELS.map((l) => ({ label: l, picked: true })),
        { title: vscode.l10n.t('Export Annotations (3/4): labels'), canPickMany: true },
      );
      if (!labels) return undefined;
      if (labels.length < DEFAULT_LABELS.length) o.labels = labels.map((l) => l.label);
    }
    if (!o.out) {
      const uris = await vscode.window.showOpenDialog({
        title: vscode.l10n.t('Export Annotations (4/4): output folder'),
        canSelectFolders: true,
        canSelectFiles: false,
        defaultUri: folder,
        openLabel: vscode.l10n.t('Export Here'),
      });
      if (!uris?.[0]) return undefined;
      o.out = vscode.Uri.joinPath(uris[0], `export-${o.format}`);
    }
    return o;
  }

  async importAnnotations(given: ImportCommandOptions = {}): Promise<ImportRunReport | undefined> {
    const folders = vscode.workspace.workspaceFolders ?? [];
    let files = given.files?.map(fsPath);
    if (!files) {
      const uris = await vscode.window.showOpenDialog({
        title: vscode.l10n.t('Import Annotations: files (brat: .ann files or their folder)'),
        canSelectMany: true,
        canSelectFiles: true,
        canSelectFolders: true,
        openLabel: vscode.l10n.t('Import'),
      });
      if (!uris?.length) return undefined;
      files = uris.map((u) => u.fsPath);
    }
    let format = given.format;
    if (!format) {
      const guess = guessFormat(files[0]);
      const pick = await vscode.window.showQuickPick(
        IMPORT_FORMAT_IDS.map((id) => ({ label: id, description: vscode.l10n.t(FORMAT_DESCRIPTIONS[id]), picked: id === guess })),
        { title: vscode.l10n.t('Import Annotations: format') },
      );
      if (!pick || !isImportFormatId(pick.label)) return undefined;
      format = pick.label;
    }
    let into = given.into ? fsPath(given.into) : folders[0]?.uri.fsPath;
    if (!given.into && folders.length > 1) {
      const f = await vscode.window.showWorkspaceFolderPick({ placeHolder: vscode.l10n.t('Workspace folder to import into') });
      if (!f) return undefined;
      into = f.uri.fsPath;
    }
    if (!into) {
      void vscode.window.showWarningMessage(vscode.l10n.t('Open the folder of articles to import annotations into.'));
      return undefined;
    }
    await this.flush();
    const fmt = format;
    const target = into;
    const inputs = files;
    const report = await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Importing annotations ({0})', fmt) },
      () => runImportJob({ format: fmt, files: inputs, into: target, dryRun: given.dryRun }),
    );
    for (const m of report.mismatches) {
      this.output.warn(`import: ${m.document}: ${m.label} [${m.start}, ${m.end}) ${m.reason}: expected ${JSON.stringify(m.expected)}, found ${JSON.stringify(m.found)}: not imported`);
    }
    for (const p of report.problems) this.output.warn(`import: ${p.document ? `${p.document}: ` : ''}${p.message}`);
    const spans = report.documents.reduce((n, d) => n + d.imported, 0);
    const msg = vscode.l10n.t('Imported {0} spans into {1} articles.', spans, report.documents.length);
    const issues = report.mismatches.length + report.problems.length;
    if (issues) {
      const show = vscode.l10n.t('Show Details');
      void vscode.window.showWarningMessage(`${msg} ${vscode.l10n.t('{0} span(s) or file(s) were not imported: see the output.', issues)}`, show).then((c) => {
        if (c === show) this.output.show(true);
      });
    } else void vscode.window.showInformationMessage(msg);
    return report;
  }
}

function guessFormat(file: string): ImportFormatId | undefined {
  if (file.endsWith('.ann') || !/\.[a-z]+$/i.test(file)) return 'brat';
  if (file.endsWith('.jsonl')) return 'jsonl';
  if (file.endsWith('.json')) return 'json';
  return undefined;
}
