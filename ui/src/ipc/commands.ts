// The ONLY module that calls `invoke` (or listens to the shell's events): one typed function per shell command,
// named like the command in camelCase. Every failure is thrown as an IpcError.

import { type InvokeArgs, invoke } from "@tauri-apps/api/core";
import { listen } from "@tauri-apps/api/event";
import { IpcError, toCommandError } from "./errors";
import type {
  Account,
  AccountFields,
  BackupInfo,
  CalendarYear,
  NoticeInput,
  NoticePreview,
  PackLocation,
  PackLocationInput,
  UpdateOutcome,
  ContactCandidate,
  ContactKind,
  DataLicence,
  DirectoryHit,
  EvidenceOptions,
  ExportTarget,
  ImportOutcome,
  ImportPreview,
  ImportSource,
  Locale,
  PolicyFetch,
  Progress,
  RestoreReport,
  RewriteReport,
  Sender,
  VerifyReport,
  DraftInput,
  ErrorCode,
  Holder,
  HolderDetail,
  HolderFields,
  HolderId,
  HolderSummary,
  LetterPreview,
  LogInput,
  EmlInput,
  TsaSettings,
  Now,
  RequestDetail,
  RequestId,
  RequestSummary,
  SendInput,
} from "./gen";
import type { AccountId } from "./gen";

/** Where the data lives and what runs (src-tauri/src/commands/settings.rs). */
export interface AppInfo {
  dataDir: string;
  dbFile: string;
  version: string;
  schemaVersion: number;
  storeError: { code: ErrorCode; message: string } | null;
  /** Encrypted and waiting for the passphrase. */
  locked: boolean;
  encrypted: boolean;
  /** The newest automatic backup, offered when the store did not open. */
  latestBackup: string | null;
}

/** A file the shell wrote where the user chose (src-tauri/src/commands/files.rs). */
export interface SavedFile {
  path: string;
  bytes: number;
}

async function call<T>(cmd: string, args?: InvokeArgs): Promise<T> {
  try {
    return await invoke<T>(cmd, args);
  } catch (e) {
    throw new IpcError(toCommandError(e));
  }
}

// Settings
export const appInfo = () => call<AppInfo>("app_info");
/** Today and the moment from the core's clock: the window never asks its own. */
export const currentTime = () => call<Now>("current_time");

// Inventory
export const listHolders = () => call<HolderSummary[]>("list_holders");
export const getHolder = (id: HolderId) => call<HolderDetail>("get_holder", { id });
export const addHolder = (fields: HolderFields) => call<Holder>("add_holder", { fields });
export const updateHolder = (id: HolderId, fields: HolderFields) => call<Holder>("update_holder", { id, fields });
export const deleteHolder = (id: HolderId) => call<null>("delete_holder", { id });
export const addAccount = (holderId: HolderId, fields: AccountFields) =>
  call<Account>("add_account", { holderId, fields });
export const updateAccount = (id: AccountId, fields: AccountFields) =>
  call<Account>("update_account", { id, fields });
export const deleteAccount = (id: AccountId) => call<null>("delete_account", { id });

// Requests
export const previewLetter = (input: DraftInput) => call<LetterPreview>("preview_letter", { input });
export const createRequest = (input: DraftInput) => call<RequestDetail>("create_request", { input });
export const updateDraftLetter = (id: RequestId, subject: string, body: string) =>
  call<RequestDetail>("update_draft_letter", { id, subject, body });
export const markSent = (id: RequestId, input: SendInput) => call<RequestDetail>("mark_sent", { id, input });
export const logEvent = (id: RequestId, input: LogInput) => call<RequestDetail>("log_event", { id, input });
export const getRequest = (id: RequestId) => call<RequestDetail>("get_request", { id });
export const listRequests = () => call<RequestSummary[]>("list_requests");
export const logReplyEml = (id: RequestId, input: EmlInput) => call<RequestDetail>("log_reply_eml", { id, input });
/** Sends the record's digest to the time-stamping authority chosen in Settings. */
export const timestampRequest = (id: RequestId) => call<RequestDetail>("timestamp_request", { id });
export const tsaSettings = () => call<TsaSettings>("tsa_settings");
export const setTsa = (url: string) => call<TsaSettings>("set_tsa", { url });

// Calendar
export const calendarYears = () => call<CalendarYear[]>("calendar_years");
export const previewNotice = (input: NoticeInput) => call<NoticePreview>("preview_notice", { input });
export const importNotice = (input: NoticeInput) => call<NoticePreview>("import_notice", { input });

// Signed data packs: where to look (off by default) and "check now"
export const packLocation = () => call<PackLocation>("pack_location");
export const setPackLocation = (input: PackLocationInput) => call<PackLocation>("set_pack_location", { input });
export const checkDataPacksNow = () => call<UpdateOutcome[]>("check_data_packs_now");

// Files chosen in native dialogs (the shell opens them; `null` = cancelled)
export const exportEvidence = (target: ExportTarget, options: EvidenceOptions, title: string) =>
  call<SavedFile | null>("export_evidence", { target, options, title });
export const saveLetterPdf = (id: RequestId, locale: Locale | null, sender: Sender, title: string) =>
  call<SavedFile | null>("save_letter_pdf", { id, locale, sender, title });
export const pickAttachments = (title: string) => call<string[]>("pick_attachments", { title });
export const pickEml = (title: string) => call<string | null>("pick_eml", { title });
export const exportBundle = (target: ExportTarget, options: EvidenceOptions, title: string) =>
  call<SavedFile | null>("export_bundle", { target, options, title });

// The user's own details for letters (kept in the store)
export const getSender = () => call<Sender>("get_sender");
export const saveSender = (sender: Sender) => call<Sender>("save_sender", { sender });

// Safety
export const unlockStore = (passphrase: string) => call<null>("unlock_store", { passphrase });
export const encryptStore = (passphrase: string) => call<RewriteReport>("encrypt_store", { passphrase });
export const changePassphrase = (old: string, next: string) =>
  call<RewriteReport>("change_passphrase", { old, new: next });
export const listBackups = () => call<BackupInfo[]>("list_backups");
export const backupStore = (title: string) => call<SavedFile | null>("backup_store", { title });
export const pickBackupFile = (title: string) => call<string | null>("pick_backup_file", { title });
export const restoreBackup = (file: string, passphrase: string | null) =>
  call<RestoreReport>("restore_backup", { file, passphrase });

// Discovery
export const searchDirectory = (query: string, limit?: number) =>
  call<DirectoryHit[]>("search_directory", { query, limit: limit ?? null });
export const addFromDirectory = (entryId: string) => call<Holder>("add_from_directory", { entryId });
export const dataLicences = () => call<DataLicence[]>("data_licences");
export const pickImportFile = (source: ImportSource, title: string) =>
  call<string | null>("pick_import_file", { source, title });
export const previewImport = (source: ImportSource, input: { file: string } | { text: string }) =>
  call<ImportPreview>("preview_import", { source, file: null, text: null, ...input });
export const cancelImport = () => call<null>("cancel_import");
export const confirmImport = (preview: ImportPreview) => call<ImportOutcome>("confirm_import", { preview });
export const fetchPolicy = (holderId: HolderId) => call<PolicyFetch>("fetch_policy", { holderId });
export const policyCandidates = (attachmentId: number) =>
  call<ContactCandidate[]>("policy_candidates", { attachmentId });
export const acceptContact = (holderId: HolderId, kind: ContactKind, value: string) =>
  call<Holder>("accept_contact", { holderId, kind, value });

/** Calls `cb` with each progress report of a running import; returns the unsubscribe function. */
export async function onImportProgress(cb: (p: Progress) => void): Promise<() => void> {
  return listen<Progress>("import-progress", (e) => cb(e.payload));
}

// Integrity
export const verifyStore = () => call<VerifyReport>("verify_store");
