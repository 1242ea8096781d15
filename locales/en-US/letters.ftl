# Letter text. src/letter assembles it paragraph by paragraph; which articles a
# letter cites comes from src/letter/basis.toml and the law catalogue, not from here.
# Variables: $kind request type, $jurisdiction (CN/EU/UK/US-CA/OTHER), $holderkind, $reason.

## Subject and greeting

letter-subject = { $kind ->
        [deletion] Request to delete my personal data
        [consent-withdrawal] Withdrawal of my consent to the processing of my personal data
        [account-cancellation] Request to close my account and delete my personal data
        [access] Request for access to, and a copy of, my personal data
        [correction] Request to correct my personal data
        [biometric-objection] Objection to face recognition, withdrawal of consent and deletion of my face data
        [reminder] Reminder: my earlier data-protection request is still unanswered
       *[complaint] { $reason ->
            [repeated-consent-prompts] Complaint: { $holder } keeps asking for consent after I refused
            [service-refused] Complaint: { $holder } refuses service because I declined non-necessary data
            [forced-biometrics] Complaint: { $holder } makes face recognition compulsory
            [cancellation-blocked] Complaint: { $holder } obstructs the closing of my account
            [refused] Complaint: { $holder } refused my data-protection request
           *[other] Complaint: { $holder } did not answer my data-protection request
        }
    }
letter-subject-line = Re: { $subject }
letter-to = To: the person responsible for personal-information protection (data protection officer), { $hasoperator ->
        [yes] { $addressee } ({ $holder })
       *[no] { $holder }
    }
letter-complaint-to = To: { $channels }
letter-greeting = { $kind ->
        [complaint] Dear Sir or Madam,
       *[other] Dear Sir or Madam,
    }

## Opening

letter-intro = { $kind ->
        [deletion] I am a user of your product or service ({ $holder }). I hereby ask you to delete all personal data about me that you process.
        [consent-withdrawal] I am a user of your product or service ({ $holder }). I hereby withdraw every consent I have given you to process my personal data (except processing necessary to provide the service I ask for).
        [account-cancellation] I am a user of your product or service ({ $holder }). I ask you to close my account and to delete, or anonymise, the personal data linked to it.
        [access] I am a user of your product or service ({ $holder }). I ask for access to, and a copy of, the personal data about me that you process.
        [correction] I am a user of your product or service ({ $holder }). Personal data about me that you process is inaccurate or incomplete, and I ask you to correct and complete it.
       *[biometric-objection] { $holderkind ->
            [property] I am an owner or occupant of the residential estate you manage. You use face recognition as the only way to enter the estate. I do not agree to be verified by my face, and I make the following requests.
           *[other] I am a user of your product or service ({ $holder }). You use face recognition as the only way to log in, verify my identity or use the service. I do not agree to be verified by my face, and I make the following requests.
        }
    }
letter-followup-intro = { $kind ->
        [reminder] On { $sent } I sent you ({ $operator }) a request about my personal data. { $overdue ->
            [0] I have not yet received your answer.
           *[other] Your answer was due by { $due }; it is now { $overdue } working days overdue and I have still not received it.
        }
       *[complaint] { $reason ->
            [repeated-consent-prompts] When using { $holder } (operated by { $operator }) I clearly refused its request to process my personal information, but the app keeps asking for consent again and interferes with my normal use of the service.
            [service-refused] When using { $holder } (operated by { $operator }) I declined to provide personal information that is not necessary for the service (or withdrew my consent), and the app refused to provide its product or service to me because of it.
            [forced-biometrics] { $holder } ({ $operator }) uses face recognition as the only means of verification; after I said I did not agree, it did not offer any other reasonable and convenient method.
            [cancellation-blocked] On { $sent } I asked { $holder } (operated by { $operator }) to close my account. It provides no working way to do so, or sets unreasonable conditions (for example, asking for more personal information than was collected when I registered and used the service).
            [refused] On { $sent } I made a data-protection request to { $holder } (operated by { $operator }), which refused it.
           *[other] On { $sent } I made a data-protection request to { $holder } (operated by { $operator }). An answer was due by { $due }; { $overdue ->
                [0] none has come.
               *[other] it is now { $overdue } working days overdue and nothing has been done.
            }
        }
    }
letter-complaint-facts = What happened (the attached timeline and documents give the details):
letter-event-kind = { $kind ->
        [sent] request sent
        [acknowledged] receipt acknowledged
        [reply] reply received
        [extension] extension notified
        [fulfilled] request fulfilled
        [refused] request refused
        [reminder] reminder sent
        [escalated] complaint filed
        [closed] closed
       *[other] note
    }

## Identifiers (only those the user chose: data minimisation)

letter-identifiers-intro = So that you can identify me, these are the identifiers I use with you:
letter-complaint-identifiers = The identifiers I use with the company complained of:
letter-identifier-label = { $kind ->
        [phone] Phone number
        [email] E-mail
        [username] Username
       *[other] Other identifier
    }

## What is asked

letter-asks = { $kind ->
        [deletion] I ask you to:
            1. delete all personal data about me that you process, including in backups (where deletion is technically impossible, stop all processing other than storage and necessary security measures);
            2. tell me to which third parties you have disclosed my personal data, or entrusted its processing, and tell them to delete it as well;
            3. confirm in writing (e-mail is fine) what you have done, and if you refuse any part of this request, give your reasons.
        [consent-withdrawal] I ask you to:
            1. stop at once all processing of my personal data that is based on my consent;
            2. delete the personal data collected on the basis of that consent;
            3. not refuse me your product or service because I withdrew my consent (unless the processing is necessary to provide it);
            4. confirm in writing what you have done, and give reasons for any refusal.
        [account-cancellation] I ask you to:
            1. close my account without unreasonable conditions, and without asking for more personal data than you collected when I registered and used the service;
            2. delete or anonymise my personal data once the account is closed;
            3. confirm in writing what you have done, and give reasons for any refusal.
        [access] I ask you to:
            1. tell me which categories of my personal data you process, for what purposes, how, and for how long;
            2. give me a copy of that personal data;
            3. tell me to which third parties you have disclosed it;
            4. give reasons if you refuse any part of this request.
        [correction] I ask you to:
            1. check and correct or complete the inaccurate or incomplete personal data about me (details below or to follow);
            2. tell any recipients of that data about the correction;
            3. confirm in writing what you have done, and give reasons for any refusal.
        [biometric-objection] I ask you to:
            1. offer me another reasonable and convenient way to verify my identity{ $holderkind ->
                [property] {" "}(for example an access card, a code or a check by staff), so that I can enter the estate as usual
               *[other] , so that I can use the service as usual
            };
            2. confirm that I have withdrawn my consent to the processing of my face data;
            3. delete the face data about me that you have collected and stored, and confirm the deletion in writing;
            4. give reasons in writing if you refuse any part of this request.
        [reminder] Please deal with my request at once and answer me in writing, giving reasons for any refusal.
       *[complaint] I ask you to accept this complaint and to require the company to deal with my request as the law requires{ $reason ->
            [repeated-consent-prompts] , and to stop asking for consent again after a clear refusal
            [service-refused] , and not to refuse service because I declined personal data that is not necessary
            [forced-biometrics] , to offer a reasonable and convenient alternative to face recognition and to delete my face data
            [cancellation-blocked] , to provide a working and convenient way to close my account and to delete my personal data
           *[other] {""}
        }, and to tell me the outcome.
    }

## Legal basis

letter-basis-intro = { $jurisdiction ->
        [CN] My request rests on the following provisions of Chinese law (the Chinese original is authoritative; the English summary is for convenience):
        [EU] My request rests on the following provisions of the EU General Data Protection Regulation (GDPR):
        [US-CA] My request rests on the following provisions of the California Consumer Privacy Act (CCPA) and its regulations:
       *[other] My request rests on the following provisions:
    }

## Deadline

letter-deadline = { $unit ->
        [cn-working-days] Under Article 50 of the Personal Information Protection Law and Article 23 of the Network Data Security Management Regulations you must accept and handle my request promptly (及时), and give reasons for any refusal. Following the time limit regulators use when they assess apps (the 2019 Methods for Identifying Illegal Collection and Use of Personal Information by Apps), I ask you to complete the request and answer me in writing within { $amount } working days of receiving this letter{ $dueknown ->
            [yes] , that is by { $due }
           *[other] {" "}(counted on the official State Council holiday calendar)
        }. That period is a regulators' reference, not a statutory deadline; the law requires prompt handling.
        [immediate] Under Article 24(2) of the E-Commerce Law, when a user closes an account the e-commerce operator must delete the user's information immediately (立即). Please close my account and delete my information immediately, and confirm this in writing.
        [calendar-months] Under Article 12(3) GDPR you must act on this request without undue delay and in any event within one month of receipt{ $dueknown ->
            [yes] , that is by { $due }
           *[other] {""}
        }. That period may be extended by two further months only where necessary, and you must tell me of any extension, with the reasons, within the first month.
       *[other] { $jurisdiction ->
            [US-CA] Under Civil Code §1798.130(a)(2)(A) you must respond within 45 days of receiving this request{ $dueknown ->
                [yes] , that is by { $due }
               *[other] {""}
            }. You may extend that once by 45 days only if you tell me within the first 45 days. Under the CPPA regulations (§7021(a)) you must confirm receipt within 10 business days.
           *[other] Please answer me in writing within { $amount } days of receiving this letter{ $dueknown ->
                [yes] , that is by { $due }
               *[other] {""}
            }. This is the period I propose as reasonable.
        }
    }

## If there is no answer

letter-escalation = { $jurisdiction ->
        [CN] If you do not answer in time, or refuse my request, I will complain to { $channels }, and I reserve the right to sue in a people's court.
        [EU] If you do not answer in time, I will lodge a complaint with the data protection authority of my country (Article 77 GDPR).
        [US-CA] If you do not answer in time, I will complain to the California Privacy Protection Agency or the California Attorney General.
       *[other] If you do not answer in time, I will complain to the competent authority.
    }
letter-complaint-attachments = Attached: my request to the company, the record of its delivery, any reply, and the complete timeline, exported by RightsDesk with verifiable hashes.

## Closing

letter-closing = Yours faithfully,
letter-sender-unnamed = (signature)
letter-sender-contact = Contact: { $contact }
letter-sender-address = Address: { $address }
letter-date-unknown = (date unknown)
letter-due-provisional = provisionally { $date } (the { $year } holiday arrangement is not yet published; counted on the statutory holidays; at the latest { $latest })
letter-due-immediate = immediately
