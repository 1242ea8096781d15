# 信函正文。由 src/letter 按段组装；引用的法条由 src/letter/basis.toml 与法律条文库决定，不写在这里。
# 变量：$kind 请求类型，$jurisdiction 法域（CN/EU/UK/US-CA/OTHER），$holderkind 机构类型，$reason 投诉理由，
# $ground 删除理由，$ukstage 英国投诉阶段（controller：先向控制者投诉，art77：向信息专员投诉），
# $uktime 英国答复期限规则（art12a：第12A条，old：原第12条第3款），$authority 投诉受理部门（只有一个）。

## 标题与称呼

letter-subject = { $kind ->
        [deletion] 关于删除本人个人信息的请求
        [consent-withdrawal] 关于撤回个人信息处理同意的通知
        [account-cancellation] 关于注销账号并删除个人信息的请求
        [access] 关于查阅、复制本人个人信息的请求
        [correction] 关于更正本人个人信息的请求
        [biometric-objection] 关于拒绝人脸识别、撤回同意并删除人脸信息的请求
        [opt-out] 关于不得出售或共享本人个人信息的指示（Do Not Sell or Share My Personal Information）
        [limit-sensitive] 关于限制使用本人敏感个人信息的指示（Limit the Use of My Sensitive Personal Information）
        [reminder] 催告函：本人此前提出的个人信息权利请求尚未得到答复
       *[complaint] { $reason ->
            [repeated-consent-prompts] 投诉：{ $holder }在本人明确拒绝后频繁征求同意
            [service-refused] 投诉：{ $holder }因本人拒绝提供非必要个人信息而拒绝提供服务
            [forced-biometrics] 投诉：{ $holder }强制要求人脸识别
            [cancellation-blocked] 投诉：{ $holder }阻碍注销账号
            [refused] 投诉：{ $holder }拒绝本人行使个人信息权利
           *[other] 投诉：{ $holder }未答复本人的个人信息权利请求
        }
    }
letter-subject-line = 事由：{ $subject }
letter-to = 致：{ $hasoperator ->
        [yes] { $addressee }（{ $holder }）
       *[no] { $holder }
    }个人信息保护负责人
letter-complaint-to = 致：{ $hasauthority ->
        [yes] { $authority }
       *[no] { $holder }所在地的个人信息保护主管部门
    }
letter-greeting = { $kind ->
        [complaint] { $ukstage ->
            [controller] 您好：
           *[other] 尊敬的主管部门：
        }
       *[other] 您好：
    }
letter-who = { $hasoperator ->
        [yes] { $holder }（运营者：{ $addressee }）
       *[no] { $holder }
    }

## 正文开头

letter-part-user = { $holderkind ->
        [property] 本人居住在贵方管理的小区（{ $holder }）。
       *[other] 本人是贵方产品或服务（{ $holder }）的用户。
    }
letter-intro = { $kind ->
        [deletion] { letter-part-user }现依法请求贵方删除贵方处理的本人全部个人信息。
        [consent-withdrawal] { letter-part-user }现依法通知贵方：本人撤回此前就个人信息处理作出的全部同意（为提供本人所要求的服务所必需的处理除外）。
        [account-cancellation] { letter-part-user }现请求注销本人在贵方的账号，并删除或匿名化处理与该账号相关的本人个人信息。
        [access] { letter-part-user }现依法请求查阅、复制贵方处理的本人个人信息。
        [correction] { letter-part-user }贵方处理的本人个人信息不准确或不完整，现依法请求予以更正、补充。
        [opt-out] 本人是贵方产品或服务（{ $holder }）的消费者。现依据《加州消费者隐私法》指示贵方：不得出售或共享本人的个人信息（即贵方主页“Do Not Sell or Share My Personal Information”链接所提供的选择退出）。
        [limit-sensitive] 本人是贵方产品或服务（{ $holder }）的消费者。现依据《加州消费者隐私法》指示贵方：将本人敏感个人信息的使用和披露限于提供本人所要求的商品或服务所必需的范围（即“Limit the Use of My Sensitive Personal Information”）。
       *[biometric-objection] { $holderkind ->
            [property] 本人居住在贵方提供物业服务的小区。贵方将人脸识别作为进出小区的唯一验证方式。本人不同意通过人脸信息进行身份验证，现依法提出以下请求。
           *[other] { letter-part-user }贵方将人脸识别作为登录、验证或使用服务的唯一方式。本人不同意通过人脸信息进行身份验证，现依法提出以下请求。
        }
    }
letter-ground = 本人请求删除的理由是：{ $ground ->
        [purpose-achieved] 贵方处理本人个人信息的目的已经实现，或者为实现处理目的已不再必要
        [service-ended] 贵方已停止提供本人所使用的产品或服务
        [retention-expired] 贵方处理本人个人信息的保存期限已经届满
        [consent-withdrawn] 本人已撤回对处理本人个人信息的同意
       *[unlawful] 贵方违反法律、行政法规或者违反约定处理本人的个人信息
    }。
letter-part-unit = { $overdueunit ->
        [cn-working-days] 个工作日
        [us-business-days] 个工作日
       *[other] 日
    }
letter-part-sent-on = { $hassent ->
        [yes] 于{ $sent }
       *[no] 此前
    }
letter-part-parent = { $hasparent ->
        [yes] 《{ $parentsubject }》
       *[no] 个人信息权利请求
    }
letter-followup-intro = { $kind ->
        [reminder] 本人{ letter-part-sent-on }向贵方（{ $addressee }）发出{ letter-part-parent }。{ $duekind ->
            [proposed] 本人在该请求中请贵方于{ $due }前答复（本人提出的期限），{ $overdue ->
                [0] 至今仍未收到处理结果。
               *[other] 至今已过 { $overdue } { letter-part-unit }，仍未收到处理结果。
            }
            [reference] 本人在该请求中请贵方于{ $due }前答复（监管参考时限），{ $overdue ->
                [0] 至今仍未收到处理结果。
               *[other] 至今已过 { $overdue } { letter-part-unit }，仍未收到处理结果。
            }
            [binding] 依法贵方应于{ $due }前答复，{ $overdue ->
                [0] 本人至今仍未收到处理结果。
               *[other] 现已逾期 { $overdue } { letter-part-unit }，本人仍未收到处理结果。
            }
            [immediate] 依法贵方应当立即处理，本人至今仍未收到处理结果。
            [promptly] 依法贵方应当及时处理，{ $overdue ->
                [0] 本人至今仍未收到处理结果。
               *[other] 贵方收到该请求至今已过 { $overdue } { letter-part-unit }，本人仍未收到处理结果。
            }
           *[none] 截至目前，本人尚未收到贵方的处理结果。
        }
       *[complaint] { $ukstage ->
            [controller] 本人依《2018年数据保护法》第164A条向贵方投诉：本人认为，贵方在处理本人个人数据时违反了《英国通用数据保护条例》。本人{ letter-part-sent-on }向贵方发出{ letter-part-parent }，{ $reason ->
                [refused] 贵方拒绝了本人的请求。
               *[other] 贵方未在法定期限内答复。
            }
           *[other] { $reason ->
                [repeated-consent-prompts] 本人在使用{ $who }时已明确拒绝其个人信息处理请求，但该应用在本人拒绝后仍频繁征求同意、干扰本人正常使用服务。
                [service-refused] 本人在使用{ $who }时拒绝提供其提供服务所不必需的个人信息，该应用因此拒绝向本人提供产品或服务。
                [forced-biometrics] { $who }将人脸识别作为唯一验证方式；本人明确表示不同意后，对方未提供其他合理、便捷的验证方式。
                [cancellation-blocked] 本人{ letter-part-sent-on }请求注销在{ $who }的账号，对方至今未为本人注销账号。
                [refused] 本人{ letter-part-sent-on }向{ $who }发出{ letter-part-parent }，对方拒绝了本人的请求。
               *[other] 本人{ letter-part-sent-on }向{ $who }发出{ letter-part-parent }。{ $duekind ->
                    [proposed] 本人在该请求中请其于{ $due }前答复（本人提出的期限），{ $overdue ->
                        [0] 对方至今未作任何处理。
                       *[other] 至今已过 { $overdue } { letter-part-unit }，对方仍未作任何处理。
                    }
                    [reference] 本人在该请求中请其于{ $due }前答复（监管参考时限），{ $overdue ->
                        [0] 对方至今未作任何处理。
                       *[other] 至今已过 { $overdue } { letter-part-unit }，对方仍未作任何处理。
                    }
                    [binding] 依法对方应于{ $due }前答复，{ $overdue ->
                        [0] 但至今未作任何处理。
                       *[other] 现已逾期 { $overdue } { letter-part-unit }，仍未作任何处理。
                    }
                    [immediate] 依法对方应当立即处理，但至今未作任何处理。
                    [promptly] 依法对方应当及时处理，{ $overdue ->
                        [0] 但至今未作任何处理。
                       *[other] 对方收到该请求至今已过 { $overdue } { letter-part-unit }，仍未作任何处理。
                    }
                   *[none] 对方至今未作任何处理。
                }
            }
        }
    }
letter-complaint-facts = 事实经过如下（详见所附时间线与材料）：
letter-event-kind = { $kind ->
        [sent] 发送请求
        [acknowledged] 对方确认收到
        [reply] 收到答复
        [extension] 对方通知延期
        [fulfilled] 对方已办理
        [refused] 对方拒绝
        [reminder] 发出催告
        [escalated] 提起投诉
        [closed] 结案
       *[other] 备注
    }

## 身份信息（仅列出用户选定的标识，数据最小化）

letter-identifiers-intro = 为便于贵方核实身份，本人在贵方使用的账号标识如下：
letter-complaint-identifiers = 本人在被投诉方使用的账号标识如下：
letter-identifier-label = { $kind ->
        [phone] 手机号
        [email] 电子邮箱
        [username] 用户名
       *[other] 其他标识
    }

## 请求事项

letter-correction-intro = 需要更正的内容（错误之处及应更正为）：
letter-asks = { $kind ->
        [deletion] 本人请求贵方：
            1. 删除贵方处理的本人全部个人信息，包括备份系统中的信息{ $jurisdiction ->
                [CN] ；法律、行政法规规定的保存期限未届满，或者删除从技术上难以实现的，停止除存储和采取必要的安全保护措施之外的处理
               *[other] {""}
            }；
            2. 告知已向哪些第三方提供或委托处理本人的个人信息，并通知其一并删除；
            3. 以书面形式（电子邮件即可）告知处理结果；如拒绝本人的请求，请说明理由。
        [consent-withdrawal] 本人请求贵方：
            1. 停止基于本人同意所进行的全部个人信息处理活动；
            2. 删除基于该同意收集的本人个人信息；
            3. 不得因本人撤回同意而拒绝提供产品或服务（处理个人信息属于提供产品或服务所必需的除外）；
            4. 以书面形式告知处理结果；如拒绝，请说明理由。
        [account-cancellation] 本人请求贵方：
            1. 注销本人的账号，且不对注销设置不合理条件，不要求本人提供超出注册和使用时所收集范围的个人信息；
            2. 注销后删除本人的个人信息或进行匿名化处理；
            3. 以书面形式告知注销及删除结果；如拒绝，请说明理由。
        [access] { $jurisdiction ->
            [EU] 本人请求贵方：
                1. 确认贵方是否处理本人的个人数据，并提供正在处理的本人个人数据的副本；
                2. 告知：处理目的；相关个人数据的类别；已经或将要向其披露个人数据的接收方或接收方类别，特别是第三国或国际组织的接收方；个人数据的预计存储期限，无法确定的，确定该期限的标准；本人要求更正、删除、限制处理或反对处理的权利；向监管机构投诉的权利；个人数据并非从本人处收集的，其来源的全部可得信息；是否存在包括用户画像在内的自动化决策，以及所涉逻辑、此类处理的意义和对本人的预期后果；
                3. 如拒绝本请求的任何部分，请说明理由。
            [UK] 本人请求贵方：
                1. 确认贵方是否处理本人的个人数据，并提供其副本；
                2. 告知处理目的、相关个人数据的类别、接收方或接收方类别、存储期限或确定期限的标准、本人的权利（包括向信息专员投诉的权利）、并非从本人处收集的数据的来源，以及是否存在自动化决策及其逻辑和后果；
                3. 如拒绝本请求的任何部分，请说明理由。
            [US-CA] 本人请求贵方告知：
                1. 贵方收集的本人个人信息的类别；
                2. 收集这些个人信息的来源类别；
                3. 收集、出售或共享个人信息的商业目的；
                4. 贵方向其披露个人信息的第三方类别；
                5. 贵方收集的本人具体个人信息；
                如拒绝本请求的任何部分，请说明理由。
           *[other] 本人请求贵方：
                1. 告知贵方处理的本人个人信息的种类、处理目的、处理方式和保存期限；
                2. 提供上述个人信息的副本；
                3. 告知已向哪些第三方提供本人的个人信息；
                4. 如拒绝本人的请求，请说明理由。
        }
        [correction] 本人请求贵方：
            1. 核实并按上述内容更正、补充本人的个人信息；
            2. 将更正结果告知已接收该信息的第三方；
            3. 以书面形式告知处理结果；如拒绝，请说明理由。
        [opt-out] 本人请求贵方：
            1. 停止出售或共享本人的个人信息，今后亦不得出售或共享；
            2. 以书面形式确认已照办。
        [limit-sensitive] 本人请求贵方：
            1. 仅在提供本人所要求的商品或服务所必需的范围内使用和披露本人的敏感个人信息；
            2. 以书面形式确认已照办。
        [biometric-objection] 本人请求贵方：
            1. 提供人脸识别以外的其他合理、便捷的身份验证方式{ $holderkind ->
                [property] （例如门禁卡、密码或人工核验），保障本人正常进出小区
               *[other] ，保障本人正常使用服务
            }；
            2. 确认本人已撤回对处理本人人脸信息的同意；
            3. 删除已收集、存储的本人人脸信息，并以书面形式确认删除；
            4. 如拒绝本人的请求，请书面说明理由。
        [reminder] 请贵方立即处理本人的上述请求并书面答复；如拒绝，请说明理由。
       *[complaint] { $ukstage ->
            [controller] 本人请求贵方：
                1. 自收到本投诉之日起30日内确认收到（本函如于今日送达，即{ $ackdue }前）；
                2. 无不当延误地采取适当措施处理本投诉，并告知本人处理结果；
                3. 依法处理本人原先的请求。
           *[other] 本人请求贵部门依法受理本投诉，督促被投诉方依法处理本人的个人信息权利请求{ $reason ->
                [repeated-consent-prompts] ，停止在本人明确拒绝后频繁征求同意的行为
                [service-refused] ，不得因本人拒绝提供非必要个人信息而拒绝提供服务
                [forced-biometrics] ，提供人脸识别以外的其他合理、便捷的验证方式并删除本人的人脸信息
                [cancellation-blocked] ，提供有效、便捷的账号注销方式并删除本人的个人信息
               *[other] {""}
            }，并将处理结果告知本人。
        }
    }

## 法律依据

letter-basis-intro = { $kind ->
    [complaint] 本投诉依据以下规定：
   *[other] { $jurisdiction ->
        [CN] 本人的请求依据以下法律规定：
        [EU] 本人的请求依据欧盟《通用数据保护条例》（GDPR）的下列规定：
        [UK] 本人的请求依据《英国通用数据保护条例》（UK GDPR，结合《2018年数据保护法》适用）的下列规定：
        [US-CA] 本人的请求依据《加州消费者隐私法》（CCPA）及其实施条例的下列规定：
       *[other] 本人的请求依据以下规定：
    }
    }

## 期限

letter-part-cn-reference = 参照监管部门认定违法违规行为时采用的时限标准（《App违法违规收集使用个人信息行为认定方法》，2019年），本人请贵方在收到本函后 { $amount } 个工作日内{ $dueknown ->
        [yes] ，即{ $due }前，
       *[other] （按国务院办公厅公布的节假日安排计算）
    }完成处理并书面答复。该期限是监管参考标准，并非法律规定的期限；法律的要求是“及时”。
letter-part-by-date = { $dueknown ->
        [yes] （即{ $due }前）
       *[other] {""}
    }
letter-deadline = { $jurisdiction ->
        [CN] { $unit ->
            [immediate] 根据《电子商务法》第二十四条第二款，用户注销的，电子商务经营者应当立即删除该用户的信息。请贵方立即完成注销和删除，并书面告知处理结果。
            [promptly] { $kind ->
                [access] 根据《个人信息保护法》第四十五条第二款，个人请求查阅、复制其个人信息的，个人信息处理者应当及时提供。请贵方及时提供并书面答复；拒绝的，应当说明理由（《个人信息保护法》第五十条）。
                [consent-withdrawal] 根据《网络数据安全管理条例》第二十三条，个人撤回同意的，网络数据处理者应当及时受理。请贵方及时处理并书面答复；拒绝的，应当说明理由（《个人信息保护法》第五十条）。
                [correction] 根据《个人信息保护法》第四十六条第二款，贵方应当对本人的个人信息予以核实，并及时更正、补充；拒绝的，应当说明理由（《个人信息保护法》第五十条）。请贵方书面答复。
                [biometric-objection] { $holderkind ->
                    [property] 根据《民法典》第一千零三十七条，信息处理者违反法律、行政法规的规定或者双方的约定处理个人信息的，自然人有权请求其及时删除。请贵方及时处理并书面答复；拒绝的，请说明理由。
                   *[other] 根据《网络数据安全管理条例》第二十三条，贵方应当及时受理本人的请求；拒绝的，应当说明理由（《个人信息保护法》第五十条）。请贵方书面答复。
                }
               *[other] { $holderkind ->
                    [property] 根据《个人信息保护法》第五十条，贵方应当建立便捷的个人行使权利的申请受理和处理机制；拒绝的，应当说明理由。请贵方及时处理本人的请求并书面答复。
                   *[other] 根据《网络数据安全管理条例》第二十三条，贵方应当及时受理本人的请求；拒绝的，应当说明理由（《个人信息保护法》第五十条）。请贵方书面答复。
                }
            }
           *[other] { $kind ->
                [correction] 根据《个人信息保护法》第四十六条第二款，贵方应当对本人的个人信息予以核实，并及时更正、补充；拒绝的，应当说明理由（《个人信息保护法》第五十条）。{ letter-part-cn-reference }
               *[other] 根据《网络数据安全管理条例》第二十三条，贵方应当及时受理本人的请求；拒绝的，应当说明理由（《个人信息保护法》第五十条）。{ letter-part-cn-reference }
            }
        }
        [EU] 根据《通用数据保护条例》第12条第3款，贵方应当无不当延误地、且无论如何在收到请求后一个月内{ letter-part-by-date }告知本人就请求所采取的措施；确有必要的，可以再延长两个月，但须在收到请求后一个月内告知本人延期及理由。
        [UK] { $uktime ->
            [art12a] 根据《英国通用数据保护条例》第12条第3款和第12A条，贵方应当无不当延误地、且无论如何在适用期限届满前告知本人就请求所采取的措施。适用期限为一个月，自贵方收到本请求之时起算；贵方要求本人提供身份信息或依法收取费用的，自收到该信息或费用之时起算，以最晚者为准。本函如于今日送达，期限至{ $due }届满。仅在因请求复杂或数量多而确有必要时，贵方方可通知本人再延长两个月，且须在该一个月内通知并说明理由。{ $kind ->
                [access] 如贵方为确定本请求涉及的信息或处理活动而合理需要补充信息，请立即告知本人（第12A条第5款）。
               *[other] {""}
            }
           *[old] 根据《英国通用数据保护条例》第12条第3款，贵方应当无不当延误地、且无论如何在收到请求后一个月内{ letter-part-by-date }答复本人；确有必要的，可以再延长两个月，但须在第一个月内告知本人延期及理由。
        }
        [US-CA] { $kind ->
            [opt-out] 根据《加州消费者隐私法》第1798.120(d)条，贵方收到本指示后，不得再出售或共享本人的个人信息。请书面确认已照办。
            [limit-sensitive] 根据《加州消费者隐私法》第1798.121(b)条，贵方收到本指示后，除该条(a)款允许的用途外，不得将本人的敏感个人信息用于其他目的或予以披露，除非本人此后另行同意。请书面确认已照办。
           *[other] 根据《加州消费者隐私法》第1798.130(a)(2)(A)条，贵方应当在收到本请求后45日内{ letter-part-by-date }答复，核实请求所需的时间不延长该期限；合理必要时，贵方可以延长一次45日，但须在首个45日内通知本人，并依《加州消费者隐私法实施条例》第7021(b)条说明需要超过45日的理由。依第7021(a)条，贵方还应在收到请求后10个工作日内确认收到，并说明将如何处理本请求。
        }
       *[other] 请贵方在收到本函后 { $amount } 日内{ letter-part-by-date }书面答复。该期限为本人提出的合理期限。
    }

## 不答复的后果

letter-escalation = { $jurisdiction ->
        [CN] 如贵方未及时答复或拒绝本人的请求，本人将依《个人信息保护法》第六十五条向{ $authority }投诉；贵方拒绝本人请求的，本人保留依法向人民法院提起诉讼的权利（《个人信息保护法》第五十条第二款）。
        [EU] 如贵方未在上述期限内答复，本人将向本人所在国的数据保护监管机构投诉（《通用数据保护条例》第77条）。
        [UK] { $kind ->
            [complaint] 如贵方未依第164A条确认收到并处理本投诉，本人将依《2018年数据保护法》第165条向英国信息专员投诉。
           *[other] { $ukstage ->
                [controller] 如贵方未在上述期限内答复，本人将依《2018年数据保护法》第164A条向贵方投诉，必要时依第165条向英国信息专员投诉。
               *[other] 如贵方未在上述期限内答复，本人将向英国信息专员投诉（《英国通用数据保护条例》第77条）。
            }
        }
        [US-CA] 如贵方未按上述要求处理，本人将向加州隐私保护局（CPPA）投诉。
       *[other] 如贵方未在上述期限内答复，本人将向主管部门投诉。
    }
letter-complaint-attachments = 随附：本人向被投诉方发出的请求原文、发送记录、对方答复（如有）及完整时间线，均由“数据权利助手”导出，并附有可核验的哈希值。

## 结尾

letter-closing =
    此致
    敬礼！
letter-sender-unnamed = （签名）
letter-sender-contact = 联系方式：{ $contact }
letter-sender-address = 通讯地址：{ $address }
letter-due-provisional = 暂定{ $date }（{ $year } 年放假安排尚未发布，按法定节假日计算；最晚不超过{ $latest }）
