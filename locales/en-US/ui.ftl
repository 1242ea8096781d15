# RightsDesk desktop UI strings (en-US).
# Ids are kebab-case, prefixed by feature. zh-CN/ui.ftl has exactly the same ids.

## App shell

app-name = RightsDesk
app-tagline = Your data rights desk
app-title = RightsDesk — your data rights desk
app-page-not-found = This page does not exist.
app-store-error-title = Your data could not be opened
app-store-error-where = Database file: { $path }

## Navigation

nav-label = Main
nav-skip-to-content = Skip to content
nav-dashboard = Dashboard
nav-inventory = Companies
nav-settings = Settings
nav-language = Language
nav-language-zh-CN = 中文
nav-language-en-US = English

## Shared words

common-loading = Loading…
common-cancel = Cancel
common-save = Save
common-edit = Edit
common-delete = Delete
common-remove = Remove
common-required = (required)
common-not-set = Not set
common-error-details = Details
common-breadcrumbs = You are here

## Dashboard

dashboard-title = Dashboard
dashboard-intro = What needs your attention: deadlines that have passed, deadlines coming up, and letters still to send.
dashboard-counts = Requests by status
dashboard-overdue = Overdue
dashboard-overdue-empty = Nothing overdue. Companies that miss their answer deadline show up here.
dashboard-due-week = Due this week
dashboard-due-week-empty = No deadline in the next seven days.
dashboard-waiting = Waiting for a reply
dashboard-waiting-empty = No request is waiting for a reply.
dashboard-drafts = Drafts to send
dashboard-drafts-empty = No unsent drafts.
dashboard-empty-title = Start with the companies that have your data
dashboard-empty-body = Add the apps and companies you use — shopping, payments, your phone carrier, your building's property manager. Then you can ask them to delete your data and keep track of their deadlines.
dashboard-no-requests-title = No requests yet
dashboard-no-requests-body = Open a company in your list and choose “New request” to draft a deletion, cancellation or access request. RightsDesk works out the answer deadline for you, and says whether it is law or a regulators' reference.
dashboard-notify-overdue = { $count ->
    [one] One request is past its answer deadline.
   *[other] { $count } requests are past their answer deadline.
}

## Inventory (holders)

holders-title = Companies that hold your data
holders-intro = Every app, shop, bank or office that has your personal information.
holders-back = Back to the list
holders-add = Add company
holders-add-save = Add company
holders-added = { $name } was added.
holders-added-open = Open it
holders-list-title = { $count ->
    [one] 1 company
   *[other] { $count } companies
}
holders-search = Search
holders-search-placeholder = Name in Chinese or English
holders-no-match = No company matches “{ $query }”.
holders-empty-title = Add the apps you use
holders-empty-body = Start with the ones you worry about most: apps that scanned your face, shops with your address, your carrier. For each one you can note your accounts and send legal requests.
holders-col-name = Name
holders-col-jurisdiction = Law
holders-col-kind = Type
holders-col-accounts = Accounts
holders-col-open-requests = Open requests
holders-badge-biometric = Biometrics
holders-badge-biometric-title = Holds biometric data such as your face or fingerprints
holders-badge-sensitive = Sensitive
holders-badge-sensitive-title = Holds sensitive personal information (PIPL Art. 28)
holders-form-add-title = Add a company
holders-form-edit-title = Edit company
holders-field-name = Name
holders-field-name-hint = The English or Latin brand name, e.g. Meituan.
holders-field-name-zh = Chinese name
holders-field-name-zh-hint = e.g. 美团
holders-field-operator = Operator (legal name)
holders-field-operator-hint = The company that runs it, as in its privacy policy, e.g. 北京三快在线科技有限公司.
holders-field-jurisdiction = Law that applies
holders-field-kind = Type
holders-field-email = Privacy e-mail
holders-field-email-hint = Where personal-information requests go, from the privacy policy.
holders-field-phone = Phone
holders-field-address = Postal address
holders-field-webform = Request web form
holders-field-policy = Privacy policy
holders-field-notes = Notes
holders-jurisdiction-cn = Mainland China (PIPL)
holders-jurisdiction-eu = European Union (GDPR)
holders-jurisdiction-uk = United Kingdom (UK GDPR)
holders-jurisdiction-us-ca = California (CCPA)
holders-jurisdiction-other = Other
holders-kind-app = App or website
holders-kind-ecommerce = Online shop
holders-kind-telecom = Phone carrier or ISP
holders-kind-bank = Bank or insurer
holders-kind-payment = Payment or credit-reporting company
holders-kind-property = Property manager
holders-kind-other = Other
holders-contacts-title = How to reach them
holders-contacts-empty = No contact details yet. Add the privacy e-mail or web form from their privacy policy, so your letter reaches the right people.
holders-new-request = New request
holders-delete-title = Delete { $name }?
holders-delete-body = The company and your accounts there are removed from RightsDesk. This cannot be undone. (Companies with requests cannot be deleted: their history is evidence.)
holders-accounts-title = Your accounts
holders-accounts-empty = No accounts yet. Add the phone number, e-mail or user name you use there, so a letter can say exactly which data is yours.
holders-account-add = Add account
holders-account-add-title = Add an account
holders-account-identifiers = How they know you
holders-account-identifiers-hint = The phone number, e-mail or user name of this account, exactly as registered.
holders-account-identifier-kind = Type
holders-account-identifier-value = Value
holders-account-identifier-add = Add another
holders-account-identifier-remove = Remove identifier { $n }
holders-account-no-identifier = No identifier
holders-account-categories = What data they have
holders-account-sensitive-hint = Marked: sensitive personal information under PIPL Art. 28 — it needs your separate consent and stricter care.
holders-account-sensitive-group = Sensitive personal information
holders-account-other-group = Other personal information
holders-account-save = Add account
holders-account-delete-title = Delete this account?
holders-account-delete-body = The account is removed from RightsDesk. Requests already made are kept.
holders-account-delete-label = Delete account { $id }
holders-identifier-phone = Phone
holders-identifier-email = E-mail
holders-identifier-username = User name
holders-identifier-other = Other
holders-category-biometrics = Face, fingerprint or voice
holders-category-id-document = ID card or passport
holders-category-financial-account = Bank or payment accounts
holders-category-location-track = Location history
holders-category-health = Health
holders-category-minor-under-14 = A child under 14
holders-category-contact-details = Contact details
holders-category-contacts-list = Your contacts list
holders-category-photos = Photos
holders-category-browsing-usage = Browsing and usage
holders-category-purchase-history = Purchases
holders-category-device-ids = Device identifiers
holders-category-other = Other
holders-requests-title = Requests
holders-requests-empty-title = No requests to this company yet
holders-requests-empty-body = Draft a letter asking them to delete your data, close your account or tell you what they hold. RightsDesk cites the law and tracks their deadline.

## Requests

request-title = Request
request-heading = { $kind } — { $name }
request-new-title = New request
request-new-intro = A letter to { $name }. Nothing is sent from here: you send it yourself, then record when.
request-new-choices = Choices
request-step-kind = What do you want?
request-step-jurisdiction = Which law applies?
request-step-language = Letter language
request-step-preview = Check the letter
request-jurisdiction-proposed = Proposed from the company's details: { $jurisdiction }.
request-jurisdiction-unknown = The company's details do not say; choose the law of the country it serves you from.
request-reason = Why are you complaining?
request-reason-no-response = No answer by the deadline
request-reason-refused = The request was refused
request-reason-repeated-consent-prompts = Repeated prompts to consent
request-reason-service-refused = Service refused unless I consent
request-reason-forced-biometrics = Face scan forced as the only way in
request-reason-cancellation-blocked = Cancelling the account is blocked
request-kind-deletion = Delete my data
request-kind-deletion-hint = Ask them to delete the personal information they hold about you.
request-kind-consent-withdrawal = Withdraw consent
request-kind-consent-withdrawal-hint = Stop processing you agreed to, e.g. marketing or personalised ads.
request-kind-account-cancellation = Close my account
request-kind-account-cancellation-hint = Cancel the account and delete its data.
request-kind-access = What do you hold?
request-kind-access-hint = Ask for a copy of your data and how it is used.
request-kind-correction = Correct my data
request-kind-correction-hint = Fix personal information that is wrong or incomplete.
request-kind-biometric-objection = Stop using my face
request-kind-biometric-objection-hint = Refuse face recognition as the only way in and ask them to delete face data.
request-kind-opt-out = Do not sell or share my data (California)
request-kind-opt-out-hint = Tell a California business to stop selling or sharing your personal information ("Do Not Sell or Share My Personal Information").
request-kind-limit-sensitive = Limit use of my sensitive data (California)
request-kind-limit-sensitive-hint = Tell a California business to use your sensitive personal information (for example your face, health or precise location) only to provide what you asked for.
request-ground = Why should they delete it?
request-ground-none = Choose a reason (recommended)
request-ground-purpose-achieved = They no longer need it for what they collected it for
request-ground-service-ended = They stopped the service I used, or I stopped using it
request-ground-retention-expired = The time they said they would keep it has passed
request-ground-consent-withdrawn = I withdraw my consent (I no longer agree)
request-ground-unlawful = They use it unlawfully or against our agreement
request-ground-hint = The letter states this reason and quotes the matching ground of the law. Without one, the letter quotes all the grounds.
request-correction = What is wrong, and what should it be?
request-correction-hint = For example: "My phone number is recorded as 138 0013 8001; it should be 138 0013 8000." The letter quotes this as you write it.
request-kind-reminder = Reminder
request-kind-reminder-hint = The deadline passed: remind them of the request and the law.
request-kind-complaint = Complaint to the regulator
request-kind-complaint-hint = Report the company to the authority that oversees it.
request-status-draft = Draft
request-status-sent = Sent
request-status-acknowledged = Acknowledged
request-status-extended = Extended
request-status-answered = Answered
request-status-fulfilled = Fulfilled
request-status-refused = Refused
request-status-overdue = Overdue
request-status-escalated = Escalated
request-status-closed = Closed
request-col-kind = Request
request-col-status = Status
request-col-letter-date = Letter date
request-col-sent-on = Sent
request-letter = Letter
request-letter-to = To: { $recipient }
request-letter-subject = Subject
request-letter-body = Text
request-letter-dated = Letter dated { $date }
request-letter-copy = Copy letter
request-letter-copied = The letter is on the clipboard.
request-letter-mail = Open in e-mail
request-sent-on = sent { $date }
request-legal-basis = Legal basis
request-citations-none = This letter cites no statute (no law RightsDesk knows applies). It still asks politely and sets a deadline.
request-citation-text = Original text
request-citation-source = Source: { $source }
request-confidence-title = How well the wording was checked
request-legal-binding = Binding law
request-legal-judicial-interpretation = Judicial interpretation
request-legal-reference = Reference only
request-legal-standard = Recommended standard
request-legal-draft = Draft, not in force
request-confidence-verified = Wording checked
request-confidence-verified-repro = Checked against a copy
request-confidence-unverified = Wording not checked
request-deadline = Deadline
request-due = Due:
request-due-if-sent-today = If sent today, due:
request-rule-sources = Based on: { $sources }
request-extended = Deadline extended
request-acknowledge-by = They must confirm receipt by { $date }.
request-channels = Where to send it
request-channel-addressed = the letter is addressed here
request-create = Create request
request-create-hint = The request is saved as a draft. Send the letter yourself (e-mail, web form, post), then mark it as sent: the deadline counts from that day.
request-follow-up-reminder = Send a reminder
request-follow-up-complaint = Complain to the regulator
request-send-title = Mark as sent
request-send-hint = When did the letter go out, and how? The answer deadline counts from this date.
request-send-date = Date sent
request-send-channel = Sent by
request-send-tracking = Tracking number
request-send-receipt-online = The period runs from receipt: for e-mail, a web form or an in-app message that is the day you send it.
request-send-receipt-paper = The period runs from receipt: for post or hand delivery that is the day it was delivered. When you know it (tracking record or signature), log it as "receipt acknowledged" with that date; until then the sending date is used.
request-send-signed-by = Received by (name)
request-send-save = Mark as sent
request-channel-email = E-mail
request-channel-webform = Web form
request-channel-post = Post
request-channel-hand = By hand
request-channel-in-app = In the app
request-channel-other = Other
request-log-title = What happened?
request-log-hint = Record every answer, with screenshots or saved e-mails. Entries cannot be changed later: they are your evidence.
request-log-kind = What
request-log-date = Date
request-log-text = Details
request-log-files = Attachments
request-log-attach = Attach files…
request-log-attach-title = Choose evidence files
request-log-file-remove = Remove { $file }
request-log-save = Record it
request-timeline = History
request-event-recorded = recorded { $stamp } · #{ $hash }
request-digest = Chain digest: { $digest }
request-digest-title = A fingerprint of the whole record (letter as sent, addressee, every event and attachment, kept pages): any later change would change it.
request-not-intact = This record no longer matches what RightsDesk sealed ({ $count } problem(s)): it was changed outside the app. Run Verify for details.
request-event-created = Draft created
request-event-sent = Sent
request-event-acknowledged = Receipt acknowledged
request-event-reply-received = Reply received
request-event-extension-notified = Extension notified
request-event-fulfilled = Fulfilled
request-event-refused = Refused
request-event-reminder = Reminder sent
request-event-escalated = Escalated
request-event-note = Note
request-event-closed = Closed
request-event-reply-received-action = Log reply
request-event-fulfilled-action = Fulfilled
request-event-refused-action = Refused
request-event-extension-notified-action = Extension notice
request-event-note-action = Add note

## Deadlines

deadline-none = No deadline applies to this request.
deadline-due-in = { $unit ->
    [cn-working-days] { $days ->
        [one] 1 working day left
       *[other] { $days } working days left
    }
    [us-business-days] { $days ->
        [one] 1 business day left
       *[other] { $days } business days left
    }
   *[other] { $days ->
        [one] 1 day left
       *[other] { $days } days left
    }
}
deadline-due-today = Due today
deadline-overdue = { $unit ->
    [cn-working-days] { $days ->
        [0] Overdue (no working day lost yet)
        [one] Overdue by 1 working day
       *[other] Overdue by { $days } working days
    }
    [us-business-days] { $days ->
        [0] Overdue (no business day lost yet)
        [one] Overdue by 1 business day
       *[other] Overdue by { $days } business days
    }
   *[other] { $days ->
        [one] Overdue by 1 day
       *[other] Overdue by { $days } days
    }
}
deadline-stopped = Answered on { $date }
deadline-not-sent = Not sent yet: the clock starts when you send it.
deadline-immediate = Due immediately
deadline-promptly = To be dealt with promptly: the law sets no number of days; { $days } { $days ->
        [one] day
       *[other] days
    } since they received it
deadline-past-provisional = Past the provisional due date (the { $year } holiday arrangement is not yet published); overdue after { $latest } at the latest
deadline-due-on = { $date }
deadline-due-immediately = Immediately
deadline-due-promptly = Promptly (no number of days in the law)
deadline-due-provisional = provisional { $date } (the { $year } holiday arrangement is not yet published; at the latest { $latest })

## Settings

settings-title = Settings
settings-language = Language
settings-data = Your data
settings-data-hint = Everything stays on this computer, in one folder. Back it up like any other important file.
settings-data-dir = Data folder
settings-version = Version
settings-schema = Database version

## Directory and imports

directory-confirm-before-sending = Not confirmed: check this contact against the company's privacy policy before sending.
directory-source = Source: { $source } ({ $date })
directory-licences-title = Data sets and licences
import-nothing-written = Nothing is saved until you confirm.
import-unresolved = Not recognised: choose the company, or leave it out.
import-already-in-inventory = Already in your inventory

## New-request wizard: situations in plain words, identifiers to include

request-step-situation = What is happening?
request-situation-delete-data = I want them to delete my data
request-situation-delete-data-hint = Ask the company to erase the personal information it holds about you.
request-situation-close-account = I want to close my account
request-situation-close-account-hint = Have the account cancelled and the data in it deleted.
request-situation-copy-of-data = I want a copy of my data
request-situation-copy-of-data-hint = Find out what they hold about you and what they do with it.
request-situation-withdraw-consent = I want to withdraw my consent
request-situation-withdraw-consent-hint = Stop something you once agreed to, such as marketing messages or personalised ads.
request-situation-face-recognition = I am made to use face recognition
request-situation-face-recognition-hint = An app or your property manager leaves no other way, e.g. the estate gate only opens to a face scan.
request-situation-repeated-prompts = The app keeps asking for permissions I refused
request-situation-repeated-prompts-hint = After you said no, it asks again and again or gets in your way. A complaint to the regulator.
request-situation-service-refused = The app refuses service unless I give data it doesn't need
request-situation-service-refused-hint = It will not work until you agree to data collection the service does not need. A complaint to the regulator.
request-situation-cannot-cancel = I can't cancel my account
request-situation-cannot-cancel-hint = There is no working way to close it, or the conditions are unreasonable. A complaint to the regulator.
request-situation-other = Something else
request-situation-other-hint = Choose the request type yourself below.
request-situation-paper-hint = This letter will be printed and delivered by hand or by post: property managers rarely take such requests by e-mail. Get a signature for receipt when you hand it over, or keep the postal receipt.
request-complaint-first-hint = This is a complaint to the regulator, not a letter to the company. If you have already asked the company in writing, make the complaint from that request instead, so the letter gives the dates and what happened. You can edit the draft on the request page before sending it.
request-step-identifiers = Which of your details go in the letter?
request-identifiers-hint = They help the company find your data. Untick any you would rather not give.
request-identifiers-none = No phone number, e-mail address or user name is recorded for this company yet, so the letter cannot say which account is yours.
request-identifiers-add-account = Add an account on the company's page
request-identifiers-empty = With nothing ticked, the company may not find your data and may ask you to prove who you are.

## Desktop experience: calendar, reminders, inventory filters (UI side)

nav-calendar = Calendar
calendar-title = Calendar
calendar-intro = The answer deadlines of requests still waiting for a reply, month by month.
calendar-month-title = { $month ->
    [1] January
    [2] February
    [3] March
    [4] April
    [5] May
    [6] June
    [7] July
    [8] August
    [9] September
    [10] October
    [11] November
   *[12] December
} { $year }
calendar-prev = Previous month
calendar-next = Next month
calendar-today = Today
calendar-weekday-1 = Mon
calendar-weekday-2 = Tue
calendar-weekday-3 = Wed
calendar-weekday-4 = Thu
calendar-weekday-5 = Fri
calendar-weekday-6 = Sat
calendar-weekday-7 = Sun
calendar-item-due = Answer due
calendar-item-acknowledge = Receipt to be confirmed
calendar-item-due-provisional = Answer due (provisional)
calendar-mark-rest = 休
calendar-mark-work = 班
calendar-mark-rest-title = Holiday (休)
calendar-mark-work-title = Make-up workday (班)
calendar-mark-rest-provisional = Statutory holiday (provisional year: the arrangement is not yet published)
calendar-mark-work-provisional = Make-up workday (provisional)
calendar-years-title = Where each year's working days come from
calendar-years-official = { $years }: official (State Council holiday notice)
calendar-years-imported = { $years }: imported by you from a pasted notice { $source }
calendar-years-provisional = { $years }: provisional: the holiday arrangement is not yet published; statutory holidays and weekends only, dates marked 暂定
calendar-item-overdue = Overdue
calendar-empty-month = No deadlines in this month.
calendar-undated = { $count ->
    [one] 1 open request has no date to show: the law requires it to be dealt with at once, or promptly without a number of days.
   *[other] { $count } open requests have no date to show: the law requires them to be dealt with at once, or promptly without a number of days.
}
calendar-notice-open = Import the holiday notice
calendar-notice-title = Import the State Council holiday notice
calendar-notice-intro = When the State Council publishes next year's holiday arrangement (国务院办公厅关于…年部分节假日安排的通知), paste its text as published on gov.cn or by Xinhua, or pick a holiday-cn JSON file. You will see the year with its 休 and 班 days before anything is kept; open deadlines are then counted on it.
calendar-notice-text-label = The notice text
calendar-notice-text-placeholder = 一、元旦：1月1日（周五）放假，共1天。二、春节：…
calendar-notice-file-label = Or pick a file (text or holiday-cn JSON)
calendar-notice-file-read = read from { $name }
calendar-notice-file-too-large = { $name } is too large to be a holiday notice (more than 1 MB); nothing was read.
calendar-notice-source-label = Where it was published (optional)
calendar-notice-read = Read the notice
calendar-notice-preview-title = The { $year } arrangement as read: check it against the notice
calendar-notice-counts = { $rest } holiday rest days (休), { $work } make-up workdays (班)
calendar-notice-section = { $names }: rest { $from } to { $until }; make-up workdays { $work } (line { $line })
calendar-notice-replaces = You imported this year before: confirming replaces that import.
calendar-notice-would-move = Open deadlines this would move
calendar-notice-confirm = Keep it as the { $year } calendar
calendar-notice-confirm-hint = Kept as "imported by you", with its source. An official calendar pack for the year replaces it when installed.
calendar-notice-stored = The { $year } calendar is kept, imported by you. Every open deadline is now counted on it.
calendar-notice-moved = Deadlines that moved
calendar-notice-moved-none = No open deadline moves.
reminders-due-tomorrow-title = { $count ->
    [one] An answer is due tomorrow
   *[other] { $count } answers are due tomorrow
}
reminders-due-today-title = { $count ->
    [one] An answer is due today
   *[other] { $count } answers are due today
}
reminders-overdue-title = { $count ->
    [one] A request is past its answer deadline
   *[other] { $count } requests are past their answer deadline
}
reminders-item = { $name } ({ $kind })
reminders-more = { $count } more
holders-filter-label = Filters
holders-filter-kind = Type
holders-filter-kind-all = All types
holders-filter-category = Data they hold
holders-filter-category-all = Any data
holders-filter-sensitive = Holds sensitive data
holders-filter-requests = Requests
holders-filter-requests-any = Any
holders-filter-requests-open = Has open requests
holders-filter-requests-overdue = Has overdue requests
holders-filter-requests-none = No requests yet
holders-filter-clear = Clear filters
holders-filter-no-match = No company matches these filters.
holders-filter-shown = Showing { $shown } of { $total }
settings-reminders = Reminders
settings-reminders-hint = RightsDesk checks your deadlines when it starts and every half hour while it is open, and tells you with a desktop notification.
settings-reminders-enabled = Show desktop reminders
settings-reminders-kinds = Remind me when
settings-reminders-due-tomorrow = an answer is due tomorrow
settings-reminders-due-today = an answer is due today
settings-reminders-overdue = a company has missed its answer deadline (once a day)
settings-reminders-last-check = Last checked { $when }.
settings-reminders-never = Not checked yet.
settings-packs-title = Data updates (law, calendar, directory)
settings-packs-hint = RightsDesk can install signed updates of its data, for example next year's official holiday calendar once the State Council publishes it. It looks only where you tell it, a web address or a folder, and only when this is turned on; nothing is contacted otherwise. Every pack is checked against the publisher's signature before it is used.
settings-packs-enabled = Look for signed data updates at this location
settings-packs-location = Web address or folder
settings-packs-save = Save
settings-packs-check = Check now
settings-packs-saved-on = Saved. Press "Check now" to look for updates.
settings-packs-saved-off = Saved. Checking is off: nothing will be contacted.
settings-packs-off = Checking is off (the default): RightsDesk contacts nothing.
settings-packs-last = Last checked on { $date }: { $result }
settings-packs-none = No data pack was found there.
settings-packs-installed = { $kind } data version { $version } installed; it is used from the next start. An official calendar year replaces one you imported.
settings-packs-up-to-date = { $kind } data is up to date (version { $version }).
