// The ONLY module that calls `invoke`: one typed function per shell command,
// named like the command in camelCase. Every failure is thrown as an IpcError.

import { type InvokeArgs, invoke } from "@tauri-apps/api/core";
import { IpcError, toCommandError } from "./errors";
import type {
  Account,
  AccountFields,
  DraftInput,
  ErrorCode,
  Holder,
  HolderDetail,
  HolderFields,
  HolderId,
  HolderSummary,
  LetterPreview,
  LogInput,
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
