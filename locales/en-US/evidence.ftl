# The evidence PDF (src/evidence) and the printable letter.
# Every text printed in those PDFs is here; zh-CN/evidence.ftl has the same ids.

## Document

evidence-title-request = Evidence of a personal-data request
evidence-title-dossier = Evidence dossier: all requests to one holder
evidence-subtitle-request = { $holder } · request #{ $id } · { $kind }
evidence-header-request = Evidence · { $holder } · request #{ $id }
evidence-header-dossier = Evidence dossier · { $holder }
evidence-intro = Exported by RightsDesk (数据权利助手) from the requester's own records: what was asked, of whom and when, and what came back. Every recorded event is protected by a SHA-256 hash chain; the section "Integrity" explains how to check it.
evidence-footer = Exported on { $date } · Verify: "rightsdesk verify", or Verify in RightsDesk (数据权利助手)
evidence-page = Page { $page } of { $total }

## Sections

evidence-section-holder = The holder
evidence-section-requests = Requests to this holder
evidence-section-facts = Summary
evidence-section-basis = Legal basis
evidence-section-timeline = Timeline
evidence-section-letter = Letter and replies
evidence-section-attachments = Attachments
evidence-section-integrity = Integrity
evidence-section-images = Attached images
evidence-request-heading = Request #{ $id }: { $kind }

## Summary fields

evidence-field-requester = Requester
evidence-field-holder = Holder
evidence-field-operator = Operator (legal name)
evidence-field-holder-kind = Type of organisation
evidence-field-contacts = Contacts
evidence-field-kind = Request type
evidence-field-reason = Complaint reason
evidence-field-parent = Follows up
evidence-field-jurisdiction = Jurisdiction
evidence-field-letter-date = Letter dated
evidence-field-sent = Sent
evidence-field-due = Answer due
evidence-field-rule = Deadline rule
evidence-field-overdue = Overdue
evidence-field-status = Current status
evidence-field-events = Events recorded
evidence-field-digest = Final digest (SHA-256)
evidence-parent = request #{ $id }
evidence-requester-not-shown = not shown in this export
evidence-contact-email = E-mail: { $value }
evidence-contact-phone = Phone: { $value }
evidence-contact-address = Postal address: { $value }
evidence-contact-webform = Web form: { $value }
evidence-contact-policy = Privacy policy: { $value }
evidence-contact-none = none recorded
evidence-sent-on = { $date }, { $channel }
evidence-tracking = Tracking number or signed for by: { $tracking }
evidence-not-sent = not sent yet
evidence-due-after-sending = counted once the letter is sent
evidence-due-immediate = immediately (a duty to act at once)
evidence-due-promptly = promptly (the law sets no number of days)
evidence-due-provisional = provisional { $date } (the { $year } holiday arrangement is not yet published; at the latest { $latest })
evidence-due-extended = { $date } (extended after a timely notice)
evidence-rule-sources = Source: { $sources }
evidence-rule-status = { $status ->
        [binding] statutory period
        [judicial-interpretation] period set by a judicial interpretation
        [reference] a reference period, not a statutory deadline
        [standard] a period from a recommended standard, not binding
       *[draft] a period from a draft, not in force
    }
evidence-no-deadline = no deadline: a complaint is handled on the regulator's own procedure
evidence-clock-overdue = { $unit ->
        [cn-working-days] { $days ->
            [one] overdue by { $days } working day
           *[other] overdue by { $days } working days
        }
        [us-business-days] { $days ->
            [one] overdue by { $days } business day
           *[other] overdue by { $days } business days
        }
       *[other] { $days ->
            [one] overdue by { $days } day
           *[other] overdue by { $days } days
        }
    } (as of { $today })
evidence-clock-due-in = not overdue: { $days } { $unit ->
        [cn-working-days] working day(s)
        [us-business-days] business day(s)
       *[other] day(s)
    } left (as of { $today })
evidence-clock-due-today = not overdue: due today ({ $today })
evidence-clock-answered = answered on { $date }
evidence-clock-answered-late = answered on { $date }, after the deadline
evidence-clock-not-sent = not sent yet
evidence-clock-immediate = a duty to act at once, still outstanding on { $today }
evidence-clock-promptly = to be dealt with promptly; { $days } calendar days since receipt, still outstanding on { $today }
evidence-clock-past-provisional = past the provisional due date as of { $today }; the latest possible due date is { $latest }

## Names

evidence-kind = { $kind ->
        [deletion] Deletion of personal information
        [consent-withdrawal] Withdrawal of consent
        [account-cancellation] Account cancellation
        [access] Access to personal information
        [correction] Correction of personal information
        [biometric-objection] Objection to face recognition
        [opt-out] Opt-out of sale or sharing
        [limit-sensitive] Limit on the use of sensitive personal information
        [reminder] Reminder
       *[complaint] Complaint
    }
evidence-status = { $status ->
        [draft] draft, not sent
        [sent] sent, waiting for an answer
        [acknowledged] receipt confirmed by the holder
        [extended] deadline extended by the holder
        [answered] answered
        [fulfilled] done by the holder
        [refused] refused by the holder
        [overdue] overdue: no answer within the deadline
        [escalated] escalated to a complaint
       *[closed] closed
    }
evidence-event = { $kind ->
        [created] Drafted
        [sent] Sent
        [acknowledged] Receipt confirmed
        [reply] Reply received
        [extension] Extension notified
        [fulfilled] Done by the holder
        [refused] Refused
        [reminder] Reminder sent
        [escalated] Complaint filed
        [closed] Closed
       *[note] Note
    }
evidence-channel = { $channel ->
        [email] by e-mail
        [webform] through the web form
        [post] by post
        [hand] by hand
        [in-app] in the app
       *[other] by other means
    }
evidence-jurisdiction = { $jurisdiction ->
        [CN] Mainland China (PIPL)
        [EU] European Union (GDPR)
        [UK] United Kingdom (UK GDPR)
        [US-CA] California (CCPA)
       *[other] Other
    }
evidence-holder-kind = { $kind ->
        [app] App or website
        [ecommerce] Online shop
        [telecom] Phone carrier or internet provider
        [bank] Bank or payment provider
        [property] Property manager
       *[other] Other
    }
evidence-reason = { $reason ->
        [no-response] no answer within the deadline
        [refused] request refused
        [repeated-consent-prompts] asked again for consent after a refusal
        [service-refused] service refused for refusing unnecessary data
        [forced-biometrics] face recognition as the only way
        [cancellation-blocked] account cancellation blocked
       *[other] { $reason }
    }

## Legal basis

evidence-basis-none = The letter cites no article.
evidence-law-status = { $status ->
        [binding] binding law
        [judicial-interpretation] judicial interpretation (binding on courts)
        [reference] reference document, not a statute
        [standard] recommended standard, not binding
       *[draft] draft, not in force
    }
evidence-confidence = { $confidence ->
        [verified] wording checked against the official text
        [verified-repro] wording checked against a published reproduction
       *[other] wording not verified
    }
evidence-gist = In short: { $gist }

## Timeline

evidence-col-no = No.
evidence-col-date = Date
evidence-col-event = Event
evidence-col-details = Details
evidence-attachment-line = Attachment { $ref }: { $name }
evidence-see-full-text = … (full text under "Letter and replies")

## Letter and replies

evidence-letter-heading = The letter ({ $date })
evidence-reply-heading = { $event }, { $date } (event { $no })
evidence-no-replies = No reply has been recorded.

## Attachments

evidence-col-ref = Ref.
evidence-col-file = File
evidence-attachments-none = No files are attached.
evidence-attachment-event = Event { $no }: { $event }, { $date }
evidence-size = { $kb } KB ({ $bytes } bytes)
evidence-size-small = { $bytes } bytes
evidence-attachment-shown = shown below under "Attached images"
evidence-attachment-not-shown = not shown as a picture: { $why }
evidence-attachment-altered = WARNING: the file in the data folder no longer matches this hash
evidence-attachment-missing = WARNING: the file is missing from the data folder
evidence-image-caption = Attachment { $ref }: { $name } (event { $no }, { $date }) · SHA-256 { $sha }

## Integrity

evidence-integrity-intro = The digest (SHA-256) of a request's record covers the letter as sent (subject, text, cited articles, date, language), the holder as the letter addressed it, the deadline rule and the jurisdiction, every event (kind, dates, text, channel and tracking number, each event chained to the one before it) with every attached file's name, type, size and SHA-256, and the holder's kept privacy-policy pages (address asked for, final address, time fetched, SHA-256 of the body). RightsDesk keeps this digest for each request and one over all requests, so that a change, a removal or an addition made outside the app is found when checking.
evidence-integrity-digest = Digest of the record of request #{ $id }:
evidence-integrity-ok = Checked when exporting: the record printed here matches the digest RightsDesk sealed for it, every event matches its link in the chain, and every attached file matches its SHA-256.
evidence-integrity-since = Recorded in this app since { $since }: from then on the letter as sent, the addressee, every event with its details and attachments, and the holder's kept pages are sealed together.
evidence-integrity-since-upgraded = Sealed as a whole (letter as sent, addressee, events with their details and attachments, kept pages) when this store was upgraded, which was no earlier than { $since } (its newest entry then); before that, only the events were chained to each other.
evidence-integrity-events-only = Only the events are chained to each other; the letter and the addressee are not sealed.
evidence-integrity-no-timestamp = No trusted timestamp: this record was kept by the sender and is not independently confirmed. The hashes show that it was not changed by ordinary edits since it was recorded; they do not prove when it was recorded, and whoever holds the data file could compute a new record that is consistent again.
evidence-integrity-timestamped = Unchanged since the trusted timestamp of { $time } (TSA { $tsa }, certificate { $signer }): the time-stamping authority signed the digest { $digest }, which is the head of this record as it stood with its first { $covered } of { $events } event(s); the signature, the stamped digest and the nonce were checked offline when exporting. { $later ->
    [0] Nothing was added since.
   *[other] The { $later } event(s) recorded after it are covered by RightsDesk's own chain only, not by this timestamp.
}
evidence-problem-timestamp = Trusted timestamp { $id } does not hold: its signature is broken, or the record it stamped has changed since.
evidence-timestamps-heading = Trusted timestamps (RFC 3161)
evidence-col-timestamp = Time-stamping authority, time and stamped digest
evidence-timestamp-time = Time (by the authority): { $time }
evidence-timestamp-tsa = Authority: { $tsa }
evidence-timestamp-signer = Signed by: { $signer } (certificate SHA-256 { $sha })
evidence-timestamp-digest = Stamped digest: { $digest }
evidence-timestamp-holds = Holds: the signature, the stamped digest and the nonce match; it covers the first { $covered } of { $events } event(s).
evidence-timestamp-fails = DOES NOT HOLD: its signature is broken or the record it stamped has changed; it confirms nothing.
evidence-mail-message-id = Message-ID: { $value }
evidence-mail-date = Date: { $value }
evidence-mail-from = From: { $value }
evidence-mail-dkim = DKIM signature: domain (d=) { $domain }, selector (s=) { $selector }
evidence-mail-no-dkim = DKIM signature: none in this message
evidence-integrity-not-intact = This record is NOT intact: it must not be presented as unchanged.
evidence-integrity-problems = WARNING, found when exporting: { $count ->
        [one] one record no longer matches its hash.
       *[other] { $count } records no longer match their hashes.
    }
evidence-problem-event = Event { $no } no longer matches its hash.
evidence-problem-attachment = Attachment { $ref } ({ $name }) no longer matches its hash.
evidence-problem-missing = Attachment { $ref } ({ $name }) is missing.
evidence-problem-record = The letter, the addressee, the status, or the details of an event, an attachment or a kept page no longer match the record RightsDesk sealed.
evidence-problem-length = Events or kept pages were removed or added outside RightsDesk: the sealed record has { $sealedEvents } event(s) and { $sealedPages } kept page(s), the store now { $foundEvents } and { $foundPages }.
evidence-problem-unsealed = This request has no sealed record: it was not written by RightsDesk.
evidence-problem-store = The record over all requests no longer matches: a request or a kept page was removed or added outside RightsDesk.
evidence-chain-altered = (altered)
evidence-col-recorded = Recorded (UTC)
evidence-col-hash = Event hash (SHA-256)
evidence-integrity-how = How to check: in RightsDesk (数据权利助手) choose Verify on the same records, or run "rightsdesk verify --json" and compare the digest of request { $id } with the one printed here. An attached file can be checked with any SHA-256 tool, e.g. "sha256sum FILE".

## Dossier

evidence-dossier-intro = All { $count } request(s) RightsDesk holds for { $holder }, oldest first. Each request follows on its own pages.
evidence-dossier-none = No request to this holder has been recorded.
evidence-col-request = Request
evidence-col-sent = Sent
evidence-col-due = Due
evidence-col-status = Status
evidence-none = —

## Printable letter

evidence-letter-from = From
evidence-letter-to = To
evidence-letter-date = Date: { $date }
evidence-letter-signature = Signature:
evidence-letter-footer = Request #{ $id } · prepared with RightsDesk (数据权利助手)

## Evidence package (README-en.txt)

package-readme-title = RightsDesk (数据权利助手) evidence package
package-readme-intro = This archive holds the evidence PDF ({ $pdf }) and the originals it describes: each letter as sent (letters/), each reply as the raw message it arrived as (replies/, .eml), the other attached files (attachments/) and the trusted-timestamp replies (timestamps/, .tsr). File names start with the reference the PDF gives them (A1, A2 …; T1, T2 …).
package-readme-sha = 1. Check that no file changed: MANIFEST.sha256 lists the SHA-256 of every other file; each attachment's SHA-256 is also printed in the PDF. In the folder where the archive was unpacked, run (coreutils; on macOS "shasum -a 256 -c"):
package-readme-no-timestamp = 2. This package carries no trusted timestamp: the record was kept by the sender and is not independently confirmed.
package-readme-timestamp = 2. Check each trusted timestamp (RFC 3161) with OpenSSL. The digest in the command is the record head the authority signed, as the PDF prints it; TSA-ROOT.pem is the time-stamping authority's root certificate, downloaded from the authority itself (not from this package). Show what the token says, then verify it:
package-readme-token = { $path } (authority: { $tsa })
package-readme-timestamp-after = "Verification: OK" means the authority signed exactly that digest at the time it states. That the digest is the head of the record shown in the PDF is checked by RightsDesk ("rightsdesk verify"), which recomputes it from the record.
package-readme-eml = 3. A raw reply (.eml) can be opened in any mail program; its Message-ID, Date, From and DKIM-Signature (d=, s=) are listed in the PDF, so the sender's mail server or a notary can confirm it.
