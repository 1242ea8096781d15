# Evidence, printing, discovery, imports, security and backups: the screens
# whose work happens in files the user chooses.

## Evidence export (request and holder pages)
evidence-title = Evidence for a complaint
evidence-dossier-title = Evidence for all requests to this company
evidence-hint = A PDF a regulator or a court can read: the letters, the replies, the timeline, the legal basis and the hashes that prove nothing was changed.
evidence-with-sender = Show my details (from Settings) on the cover
evidence-no-sender = Your name and contact are not on the cover. Add them under Settings › Your details if you want them there.
evidence-export = Export evidence (PDF)…
evidence-save-title = Save the evidence PDF
evidence-working = Preparing the PDF…
evidence-saved = Saved { $path } ({ $size }).
evidence-bundle = Export evidence package (.zip)…
evidence-bundle-title = Save the evidence package
evidence-bundle-working = Preparing the evidence package…
evidence-bundle-hint = One zip with the PDF and the originals: letters as sent, replies as raw e-mails, attachments, timestamp tokens, a SHA-256 manifest and a README saying how to check each file with sha256sum and openssl.

## Printable letter
request-letter-pdf = Save as PDF / print…
request-letter-pdf-title = Save the letter as a PDF
request-letter-pdf-saved = The letter was saved as { $path }. Print it, sign it, and record how you delivered it.

## Privacy-policy contact finder (holder page)
policy-title = Find contacts in the privacy policy
policy-hint = RightsDesk downloads the privacy policy, keeps a copy as evidence of what the company published today, and lists the contacts it finds. Nothing leaves your computer except the download itself.
policy-fetch = Read the privacy policy
policy-working = Downloading and reading the page…
policy-kept = Copy kept: { $url } (HTTP { $status }, SHA-256 { $sha }…).
policy-none = No e-mail address, phone number or postal address was found on the page.
policy-kind-email = E-mail
policy-kind-phone = Phone
policy-kind-address = Address
policy-accept-email = Use as e-mail
policy-accept-phone = Use as phone
policy-accept-address = Use as address
policy-accepted = Saved to the company
policy-confirm-before-sending = Check a contact against the policy page before you send a letter to it.

## Built-in directory (inventory)
holders-add-from-directory = Add from directory
directory-title = Add from the built-in directory
directory-hint = Search by Chinese or English name, brand or web address. The company is added with the contacts the directory knows.
directory-search = Search the directory
directory-search-placeholder = e.g. 淘宝, WeChat, spotify.com
directory-count = { $count ->
    [0] Nothing found.
    [one] 1 match.
   *[other] { $count } matches.
}
directory-unconfirmed = not confirmed — check before sending
directory-add = Add
directory-add-named = Add { $name } to my companies

## Unlock
unlock-title = RightsDesk is locked
unlock-hint = Your data is encrypted. Enter your passphrase to open it.
unlock-passphrase = Passphrase
unlock-submit = Unlock
unlock-working = Checking the passphrase…
unlock-forgotten = A forgotten passphrase cannot be recovered: without it, nobody — not even RightsDesk — can read the data.

## A database that did not open
recovery-no-backup = There is no backup to go back to. The file was left exactly as it is; you can copy it somewhere safe.
recovery-latest = The newest backup is { $path }.
recovery-restore = Restore this backup
recovery-confirm-title = Restore the backup?
recovery-confirm-body = The backup replaces the current database. The current file is not deleted: it is kept in the backups folder.

## Security and backups (Settings)
security-title = Security and backups
security-on = Your data is encrypted with your passphrase (database and attachments).
security-off = Your data is not encrypted. Anyone who can read your files can read it.
security-encrypt = Encrypt with a passphrase
security-encrypt-hint = Everything is kept. You will need the passphrase every time RightsDesk starts; it cannot be recovered if you forget it.
security-new = New passphrase
security-repeat = Repeat the new passphrase
security-old = Current passphrase
security-encrypt-submit = Encrypt my data
security-change = Change the passphrase
security-change-submit = Change passphrase
security-changed = The passphrase was changed.
security-left-title = { $count ->
    [one] One copy of your data in the data folder could not be converted and was left as it was:
   *[other] { $count } copies of your data in the data folder could not be converted and were left as they were:
}
security-left-plain = not encrypted
security-left-encrypted = still encrypted
security-left-other-passphrase = it is under another (older) passphrase
security-left-unreadable = it is damaged or not a RightsDesk store
security-left-what-plain = Anyone who can read the data folder can read a copy that is not encrypted. Delete it if you do not need it, or move it somewhere safe.
security-left-what = To convert such a copy, restore it with the passphrase it was made under and change the passphrase again; or delete it if you do not need it.
security-working = Working… this can take a few seconds.
security-too-short = A passphrase needs at least { $min } characters.
security-mismatch = The two passphrases are not the same.
backup-title = Backups
backup-hint = RightsDesk makes a backup every day it starts and before every upgrade. You can also save one anywhere, e.g. on a USB stick.
backup-passphrase = Passphrase (to restore an encrypted backup)
backup-now = Back up now…
backup-save-title = Save a backup
backup-open-title = Choose a backup to restore
backup-restore-file = Restore from a file…
backup-saved = Backup saved as { $path }.
backup-restored = The backup was restored.
backup-none = No backups yet.
backup-col-when = Made
backup-col-kind = Kind
backup-col-size = Size
backup-col-actions = Actions
backup-kind-daily = Daily
backup-kind-pre-migration = Before an upgrade
backup-kind-other = Other
backup-restore = Restore
backup-confirm-title = Restore this backup?
backup-confirm-body = { $path } replaces the current database after it has been checked. The current database is kept in the backups folder.

## Your details (Settings)
sender-title = Your details
sender-hint = Printed on letters for the post and, when you choose, on evidence. Kept on this computer only.
sender-name = Name
sender-contact = Phone or e-mail for the reply
sender-address = Postal address
sender-saved = Saved.

## About (Settings)
about-title = About RightsDesk
about-body = RightsDesk { $version } keeps everything on this computer. The company directory comes from these open data sets:
about-data = Data sets and licences

## Import
nav-import = Import
import-title = Import
import-intro = Find the companies that hold your data from what you already have. Files are read on this computer; nothing is saved until you confirm.
import-source = What to import
import-source-passwords = Password manager or browser export
import-source-passwords-hint = CSV from Chrome, Edge, Firefox, Safari, Bitwarden, 1Password, KeePassXC or LastPass. Passwords are never read into RightsDesk's data.
import-source-mbox = E-mail archive
import-source-mbox-hint = An mbox file or a saved .eml message: who has been writing to you. Only the headers are read.
import-source-sms = 一证通查 SMS
import-source-sms-hint = Paste the text message from the MIIT phone-number account check.
import-source-inventory = RightsDesk inventory (CSV or JSON)
import-source-inventory-hint = A list exported from RightsDesk, on this or another computer.
import-pick-passwords = Choose the password export (CSV)
import-pick-mbox = Choose the mail archive
import-pick-sms = Choose the text file
import-pick-inventory = Choose the inventory file
import-sms-label = The SMS text
import-read-text = Read the text
import-choose-file = Choose a file…
import-reading = Reading…
import-reading-pct = Reading… { $pct }%
import-preview-title = Check before importing
import-preview-summary = { $format }: { $records } records read, { $proposals } companies found.
import-nothing = No company was recognised.
import-col-keep = Import
import-col-who = Company
import-col-count = Seen
import-col-accounts = Identifiers
import-keep-named = Import { $name }
import-not-in-directory = not in the directory
import-existing = already in your list
import-skipped = { $count ->
    [one] 1 line skipped
   *[other] { $count } lines skipped
}
import-confirm = { $count ->
    [one] Import 1 company
   *[other] Import { $count } companies
}
import-done = Done: { $created } added, { $updated } updated, { $accounts } accounts.

## Integrity check (request page)
integrity-check = Verify integrity
integrity-ok = Intact: all { $events } events, { $attachments } attachments and { $pages } saved policy pages still match the hashes recorded for them.
integrity-problems = { $count ->
    [one] 1 record no longer matches what was recorded:
   *[other] { $count } records no longer match what was recorded:
}
integrity-eventAltered = Request #{ $request }, event { $event }: changed after it was recorded.
integrity-attachmentAltered = Request #{ $request }, event { $event }: the attachment { $name } was changed.
integrity-attachmentMissing = Request #{ $request }, event { $event }: the attachment { $name } is missing.
integrity-recordAltered = Request #{ $request }: the letter, the addressee, the status or an event's details no longer match the sealed record.
integrity-recordLengthChanged = Request #{ $request }: events or saved pages were removed or added outside RightsDesk (sealed: { $sealed } events, { $sealedPages } pages; now { $found } and { $foundPages }).
integrity-recordUnsealed = Request #{ $request }: it has no sealed record; it was not written by RightsDesk.
integrity-storeAltered = The record over all requests no longer matches: a request or a saved page was removed or added outside RightsDesk.

## Letter date (new-request wizard)
request-letter-date = Date on the letter
request-letter-date-hint = Today, unless you are recording a letter you already sent earlier. Your details from Settings › Your details sign the letter.
integrity-pageAltered = Company #{ $holder }: the saved copy of { $url } was changed.
integrity-pageMissing = Company #{ $holder }: the saved copy of { $url } is missing.

## Trusted timestamps (request page, settings)
timestamp-title = Trusted timestamp
timestamp-hint = A time-stamping authority signs this record's digest and the time, so anyone can later check with OpenSSL that the record existed then and has not changed since. Only the 64-character digest is sent, to the authority chosen in Settings; nothing else leaves your computer.
timestamp-none = No trusted timestamp yet: the record is kept by you and is not independently confirmed.
timestamp-request = Get a trusted timestamp
timestamp-working = Asking the time-stamping authority…
timestamp-row = { $time } · { $tsa }
timestamp-covers = Covers the first { $covered } event(s); digest { $digest }
timestamp-holds = Holds (signature, digest and nonce checked offline)
timestamp-fails = Does not hold: { $reason }
settings-tsa = Time-stamping authority
settings-tsa-hint = Used only when you click "Get a trusted timestamp" on a request: then the record's digest is sent to it. Public RFC 3161 services; you may also enter your own.
settings-tsa-custom = Another address (http or https)
settings-tsa-save = Use this address
settings-tsa-saved = Timestamps will be asked from { $url }.
integrity-timestampInvalid = Request #{ $request }: trusted timestamp { $timestamp } does not hold (its signature is broken or the record it stamped has changed).
request-log-eml = Log a reply from an e-mail file (.eml)…
request-log-eml-title = Choose the reply as an e-mail file (.eml)
request-log-eml-hint = Save the reply from your mail program as .eml ("Save as" or "Download message"): RightsDesk keeps it byte for byte and lists its Message-ID, Date, From and DKIM signature in the evidence.
