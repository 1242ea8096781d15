# Letter text. src/letter assembles it paragraph by paragraph; which articles a
# letter cites comes from src/letter/basis.toml and the law catalogue, not from here.
# Variables: $kind request type, $jurisdiction (CN/EU/UK/US-CA/OTHER), $holderkind, $reason,
# $ground deletion ground, $ukstage (controller: complain to the controller first under
# s.164A; art77: to the Commissioner), $uktime (art12a: Art. 12A; old: the old Art. 12(3)),
# $authority the one authority a complaint goes to.

## Subject and greeting

letter-subject = { $kind ->
        [deletion] Request to delete my personal data
        [consent-withdrawal] Withdrawal of my consent to the processing of my personal data
        [account-cancellation] Request to close my account and delete my personal data
        [access] Request for access to, and a copy of, my personal data
        [correction] Request to correct my personal data
        [biometric-objection] Objection to face recognition, withdrawal of consent and deletion of my face data
        [opt-out] Do Not Sell or Share My Personal Information
        [limit-sensitive] Limit the Use of My Sensitive Personal Information
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
letter-complaint-to = To: { $hasauthority ->
        [yes] { $authority }
       *[no] the data protection authority competent for { $holder }
    }
letter-greeting = Dear Sir or Madam,
letter-who = { $hasoperator ->
        [yes] { $holder } (operated by { $addressee })
       *[no] { $holder }
    }

## Opening

letter-part-user = { $holderkind ->
        [property] I live in the residential estate you manage ({ $holder }).
       *[other] I am a user of your product or service ({ $holder }).
    }
letter-intro = { $kind ->
        [deletion] { letter-part-user } I hereby ask you to delete all personal data about me that you process.
        [consent-withdrawal] { letter-part-user } I hereby withdraw every consent I have given you to process my personal data (except processing necessary to provide the service I ask for).
        [account-cancellation] { letter-part-user } I ask you to close my account and to delete, or anonymise, the personal data linked to it.
        [access] { letter-part-user } I ask for access to, and a copy of, the personal data about me that you process.
        [correction] { letter-part-user } Personal data about me that you process is inaccurate or incomplete, and I ask you to correct and complete it.
        [opt-out] I am a consumer of your product or service ({ $holder }). Under the California Consumer Privacy Act I direct you not to sell or share my personal information: this is a request to opt out of sale and sharing ("Do Not Sell or Share My Personal Information").
        [limit-sensitive] I am a consumer of your product or service ({ $holder }). Under the California Consumer Privacy Act I direct you to limit your use and disclosure of my sensitive personal information to what is necessary to provide the goods or services I ask for ("Limit the Use of My Sensitive Personal Information").
       *[biometric-objection] { $holderkind ->
            [property] I live in the residential estate you manage. You use face recognition as the only way to enter the estate. I do not agree to be verified by my face, and I make the following requests.
           *[other] { letter-part-user } You use face recognition as the only way to log in, verify my identity or use the service. I do not agree to be verified by my face, and I make the following requests.
        }
    }
letter-ground = I ask for deletion because { $ground ->
        [purpose-achieved] the purposes for which you collected my personal data have been achieved, or the data are no longer necessary for them
        [service-ended] you no longer provide the product or service for which you collected my personal data, so the data are no longer necessary
        [retention-expired] the period for which you said you would keep my personal data has expired, so the data are no longer necessary
        [consent-withdrawn] I have withdrawn my consent to the processing of my personal data{ $jurisdiction ->
            [CN] {""}
           *[other] , and there is no other legal ground for the processing
        }
       *[unlawful] you have processed my personal data unlawfully
    }.
letter-part-unit = { $overdueunit ->
        [cn-working-days] working days
        [us-business-days] business days
       *[other] calendar days
    }
letter-part-sent-on = { $hassent ->
        [yes] On { $sent }
       *[no] Earlier
    }
letter-part-parent = { $hasparent ->
        [yes] my request "{ $parentsubject }"
       *[no] a data-protection request
    }
letter-followup-intro = { $kind ->
        [reminder] { letter-part-sent-on } I sent you ({ $addressee }) { letter-part-parent }. { $duekind ->
            [proposed] In it I asked you to answer by { $due }, the period I proposed; { $overdue ->
                [0] I have still not received your answer.
               *[other] { $overdue } { letter-part-unit } have passed since then and I have still not received your answer.
            }
            [reference] In it I asked you to answer by { $due } (the regulators' reference period); { $overdue ->
                [0] I have still not received your answer.
               *[other] { $overdue } { letter-part-unit } have passed since then and I have still not received your answer.
            }
            [binding] Your answer was due by law by { $due }; { $overdue ->
                [0] I have still not received it.
               *[other] it is now { $overdue } { letter-part-unit } overdue and I have still not received it.
            }
            [immediate] The law required you to act immediately; I have still not received your answer.
            [promptly] The law requires you to deal with it promptly; { $overdue ->
                [0] I have not yet received your answer.
               *[other] { $overdue } { letter-part-unit } have passed since you received it and I have still not received your answer.
            }
           *[none] I have not yet received your answer.
        }
       *[complaint] { $ukstage ->
            [controller] I make this complaint to you under section 164A of the Data Protection Act 2018: I consider that, in connection with personal data relating to me, there is an infringement of the UK GDPR. { letter-part-sent-on } I sent you { letter-part-parent }, and { $reason ->
                [refused] you refused it.
               *[other] you did not answer it within the period the law allows.
            }
           *[other] { $reason ->
                [repeated-consent-prompts] When using { $who } I clearly refused its request to process my personal information, but the app keeps asking for consent again and interferes with my normal use of the service.
                [service-refused] When using { $who } I declined to provide personal information that is not necessary for the service, and the app refused to provide its product or service to me because of it.
                [forced-biometrics] { $who } uses face recognition as the only means of verification; after I said I did not agree, it did not offer any other reasonable and convenient method.
                [cancellation-blocked] { letter-part-sent-on } I asked { $who } to close my account. It has still not closed it.
                [refused] { letter-part-sent-on } I sent { $who } { letter-part-parent }, which it refused.
               *[other] { letter-part-sent-on } I sent { $who } { letter-part-parent }. { $duekind ->
                    [proposed] In it I asked for an answer by { $due }, the period I proposed; { $overdue ->
                        [0] nothing has been done.
                       *[other] { $overdue } { letter-part-unit } have passed since then and nothing has been done.
                    }
                    [reference] In it I asked for an answer by { $due } (the regulators' reference period); { $overdue ->
                        [0] nothing has been done.
                       *[other] { $overdue } { letter-part-unit } have passed since then and nothing has been done.
                    }
                    [binding] An answer was due by law by { $due }; { $overdue ->
                        [0] none has come.
                       *[other] it is now { $overdue } { letter-part-unit } overdue and nothing has been done.
                    }
                    [immediate] The law required it to act immediately; nothing has been done.
                    [promptly] The law requires it to deal with such a request promptly; { $overdue ->
                        [0] nothing has been done.
                       *[other] { $overdue } { letter-part-unit } have passed since it received the request and nothing has been done.
                    }
                   *[none] Nothing has been done.
                }
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

letter-correction-intro = What is wrong, and what it should be:
letter-asks = { $kind ->
        [deletion] I ask you to:
            1. delete all personal data about me that you process, including in backups{ $jurisdiction ->
                [CN] {" "}(where a retention period set by law or administrative regulation has not expired, or deletion is technically impossible, stop all processing other than storage and necessary security measures)
               *[other] {""}
            };
            2. tell me to which third parties you have disclosed my personal data, or entrusted its processing, and tell them to delete it as well;
            3. confirm in writing (e-mail is fine) what you have done, and if you refuse any part of this request, give your reasons.
        [consent-withdrawal] I ask you to:
            1. stop all processing of my personal data that is based on my consent;
            2. delete the personal data collected on the basis of that consent;
            3. not refuse me your product or service because I withdrew my consent (unless the processing is necessary to provide it);
            4. confirm in writing what you have done, and give reasons for any refusal.
        [account-cancellation] I ask you to:
            1. close my account without unreasonable conditions, and without asking for more personal data than you collected when I registered and used the service;
            2. delete or anonymise my personal data once the account is closed;
            3. confirm in writing what you have done, and give reasons for any refusal.
        [access] { $jurisdiction ->
            [EU] I ask you to:
                1. confirm whether you process personal data about me and give me a copy of the personal data you process;
                2. tell me: the purposes of the processing; the categories of personal data concerned; the recipients or categories of recipient to whom the data have been or will be disclosed, in particular in third countries or international organisations; the envisaged storage period or, if that is not possible, the criteria used to determine it; my rights to request rectification, erasure or restriction of processing and to object to it; my right to lodge a complaint with a supervisory authority; any available information on the source of data not collected from me; and whether there is automated decision-making, including profiling, with meaningful information about the logic involved and its significance and envisaged consequences for me;
                3. give reasons if you refuse any part of this request.
            [UK] I ask you to:
                1. confirm whether you process personal data about me and give me a copy of it;
                2. tell me the purposes of the processing, the categories of data, the recipients or categories of recipient, how long you will keep the data or how that is decided, my rights (including the right to complain to the Information Commissioner), the source of any data not collected from me, and whether there is automated decision-making, with its logic and consequences;
                3. give reasons if you refuse any part of this request.
            [US-CA] I ask you to disclose to me:
                1. the categories of personal information you have collected about me;
                2. the categories of sources from which it was collected;
                3. the business or commercial purpose for collecting, selling or sharing it;
                4. the categories of third parties to whom you disclose it;
                5. the specific pieces of personal information you have collected about me;
                and to give reasons if you refuse any part of this request.
           *[other] I ask you to:
                1. tell me which categories of my personal data you process, for what purposes, how, and for how long;
                2. give me a copy of that personal data;
                3. tell me to which third parties you have disclosed it;
                4. give reasons if you refuse any part of this request.
        }
        [correction] I ask you to:
            1. check and correct or complete my personal data as set out above;
            2. tell any recipients of that data about the correction;
            3. confirm in writing what you have done, and give reasons for any refusal.
        [opt-out] I ask you to:
            1. stop selling and sharing my personal information, and not sell or share it in future;
            2. confirm in writing that you have done so.
        [limit-sensitive] I ask you to:
            1. use and disclose my sensitive personal information only as necessary to provide the goods or services I ask for;
            2. confirm in writing that you have done so.
        [biometric-objection] I ask you to:
            1. offer me another reasonable and convenient way to verify my identity{ $holderkind ->
                [property] {" "}(for example an access card, a code or a check by staff), so that I can enter the estate as usual
               *[other] , so that I can use the service as usual
            };
            2. confirm that I have withdrawn my consent to the processing of my face data;
            3. delete the face data about me that you have collected and stored, and confirm the deletion in writing;
            4. give reasons in writing if you refuse any part of this request.
        [reminder] Please deal with my request at once and answer me in writing, giving reasons for any refusal.
       *[complaint] { $ukstage ->
            [controller] I ask you to:
                1. acknowledge receipt of this complaint within 30 days beginning when you receive it (by { $ackdue } if it reaches you today);
                2. without undue delay take appropriate steps to respond to it, and tell me the outcome;
                3. deal with my original request as the law requires.
           *[other] I ask you to accept this complaint and to require the company to deal with my request as the law requires{ $reason ->
                [repeated-consent-prompts] , and to stop asking for consent again after a clear refusal
                [service-refused] , and not to refuse service because I declined personal data that is not necessary
                [forced-biometrics] , to offer a reasonable and convenient alternative to face recognition and to delete my face data
                [cancellation-blocked] , to provide a working and convenient way to close my account and to delete my personal data
               *[other] {""}
            }, and to tell me the outcome.
        }
    }

## Legal basis

letter-basis-intro = { $kind ->
    [complaint] { $jurisdiction ->
        [CN] This complaint rests on the following provisions of Chinese law (the Chinese original is authoritative; the English summary is for convenience):
       *[other] This complaint rests on the following provisions:
    }
   *[other] { $jurisdiction ->
        [CN] My request rests on the following provisions of Chinese law (the Chinese original is authoritative; the English summary is for convenience):
        [EU] My request rests on the following provisions of the EU General Data Protection Regulation (GDPR):
        [UK] My request rests on the following provisions of the UK GDPR (read with the Data Protection Act 2018):
        [US-CA] My request rests on the following provisions of the California Consumer Privacy Act (CCPA) and its regulations:
       *[other] My request rests on the following provisions:
    }
    }

## Deadline

letter-part-cn-reference = Following the time limit regulators use when they assess apps (the 2019 Methods for Identifying Illegal Collection and Use of Personal Information by Apps), I ask you to complete the request and answer me in writing within { $amount } working days of receiving this letter{ $dueknown ->
        [yes] , that is by { $due }
       *[other] {" "}(counted on the official State Council holiday calendar)
    }. That period is a regulators' reference, not a statutory deadline; the law requires prompt handling.
letter-part-by-date = { $dueknown ->
        [yes] , that is by { $due }
       *[other] {""}
    }
letter-deadline = { $jurisdiction ->
        [CN] { $unit ->
            [immediate] Under Article 24(2) of the E-Commerce Law, when a user closes an account the e-commerce operator must delete the user's information immediately (立即). Please close my account and delete my information immediately, and confirm this in writing.
            [promptly] { $kind ->
                [access] Under Article 45(2) of the Personal Information Protection Law, where an individual asks to access or copy their personal information, the processor must provide it promptly (及时). Please do so and answer me in writing; a refusal must give reasons (Article 50 of that Law).
                [consent-withdrawal] Under Article 23 of the Network Data Security Management Regulations, a request to withdraw consent must be accepted promptly (及时). Please deal with it and answer me in writing; a refusal must give reasons (Article 50 of the Personal Information Protection Law).
                [correction] Under Article 46(2) of the Personal Information Protection Law you must verify my personal information and correct or complete it promptly (及时); a refusal must give reasons (Article 50 of that Law). Please answer me in writing.
                [biometric-objection] { $holderkind ->
                    [property] Under Article 1037 of the Civil Code, where a processor handles personal information in breach of laws, administrative regulations or an agreement, the individual may ask it to delete the information promptly (及时). Please deal with my request and answer me in writing, giving reasons for any refusal.
                   *[other] Under Article 23 of the Network Data Security Management Regulations you must accept my request promptly (及时); a refusal must give reasons (Article 50 of the Personal Information Protection Law). Please answer me in writing.
                }
               *[other] { $holderkind ->
                    [property] Under Article 50 of the Personal Information Protection Law you must have a convenient way of accepting and handling requests like mine, and give reasons if you refuse one. Please deal with my request promptly and answer me in writing.
                   *[other] Under Article 23 of the Network Data Security Management Regulations you must accept my request promptly (及时); a refusal must give reasons (Article 50 of the Personal Information Protection Law). Please answer me in writing.
                }
            }
           *[other] { $kind ->
                [correction] Under Article 46(2) of the Personal Information Protection Law you must verify my personal information and correct or complete it promptly (及时); a refusal must give reasons (Article 50 of that Law). { letter-part-cn-reference }
               *[other] Under Article 23 of the Network Data Security Management Regulations you must accept my request promptly (及时); a refusal must give reasons (Article 50 of the Personal Information Protection Law). { letter-part-cn-reference }
            }
        }
        [EU] Under Article 12(3) GDPR you must provide information on the action taken on this request without undue delay and in any event within one month of receipt{ letter-part-by-date }. That period may be extended by two further months only where necessary, and you must tell me of any extension, with the reasons, within one month of receipt.
        [UK] { $uktime ->
            [art12a] Under Articles 12(3) and 12A of the UK GDPR you must provide information on the action taken on this request without undue delay and in any event before the end of the applicable time period: one month beginning when you receive this request or, if later, when you receive identity information you ask for or a fee you are entitled to charge. If this letter reaches you today, that month ends on { $due }. You may extend it by two further months only where that is necessary because of the complexity or number of my requests, and only by telling me so, with your reasons, within that first month.{ $kind ->
                [access] {" "}If you reasonably need further information to identify the information or processing this request covers, please ask me at once (Article 12A(5)).
               *[other] {""}
            }
           *[old] Under Article 12(3) of the UK GDPR you must act on this request without undue delay and in any event within one month of receipt{ letter-part-by-date }. That period may be extended by two further months only where necessary, and you must tell me of any extension, with the reasons, within the first month.
        }
        [US-CA] { $kind ->
            [opt-out] Under CCPA §1798.120(d), once you have received this direction you may not sell or share my personal information. Please confirm in writing that you have acted on it.
            [limit-sensitive] Under CCPA §1798.121(b), once you have received this direction you may not use or disclose my sensitive personal information for any purpose other than those subdivision (a) allows, unless I later consent. Please confirm in writing that you have acted on it.
           *[other] Under CCPA §1798.130(a)(2)(A) you must respond within 45 days of receiving this request{ letter-part-by-date }; the time needed to verify the request does not extend that period. You may extend it once by an additional 45 days when reasonably necessary, provided you notify me within the first 45 days; under the CCPA Regulations (§7021(b)) that notice must explain why you need more than 45 days. Under §7021(a) you must also confirm receipt within 10 business days and tell me how you will process the request.
        }
       *[other] Please answer me in writing within { $amount } days of receiving this letter{ letter-part-by-date }. This is the period I propose as reasonable.
    }

## If there is no answer

letter-escalation = { $jurisdiction ->
        [CN] If you do not answer promptly, or refuse my request, I will complain to { $authority } under Article 65 of the Personal Information Protection Law; if you refuse my request, I reserve the right to sue in a people's court (Article 50(2) of that Law).
        [EU] If you do not answer in time, I will lodge a complaint with the data protection authority of my country (Article 77 GDPR).
        [UK] { $kind ->
            [complaint] If you do not acknowledge and deal with this complaint as section 164A requires, I will complain to the Information Commissioner under section 165 of the Data Protection Act 2018.
           *[other] { $ukstage ->
                [controller] If you do not answer in time, I will complain to you under section 164A of the Data Protection Act 2018 and, if need be, to the Information Commissioner under section 165.
               *[other] If you do not answer in time, I will complain to the Information Commissioner (Article 77 UK GDPR).
            }
        }
        [US-CA] If you do not do so, I will complain to the California Privacy Protection Agency.
       *[other] If you do not answer in time, I will complain to the competent authority.
    }
letter-complaint-attachments = Attached: my request to the company, the record of its delivery, any reply, and the complete timeline, exported by RightsDesk with verifiable hashes.

## Closing

letter-closing = Yours faithfully,
letter-sender-unnamed = (signature)
letter-sender-contact = Contact: { $contact }
letter-sender-address = Address: { $address }
letter-due-provisional = provisionally { $date } (the { $year } holiday arrangement is not yet published; counted on the statutory holidays; at the latest { $latest })
