# 信函正文。由 src/letter 按段组装；引用的法条由 src/letter/basis.toml 与法律条文库决定，不写在这里。
# 变量：$kind 请求类型，$jurisdiction 法域（CN/EU/UK/US-CA/OTHER），$holderkind 机构类型，$reason 投诉理由。

## 标题与称呼

letter-subject = { $kind ->
        [deletion] 关于删除本人个人信息的请求
        [consent-withdrawal] 关于撤回个人信息处理同意的通知
        [account-cancellation] 关于注销账号并删除个人信息的请求
        [access] 关于查阅、复制本人个人信息的请求
        [correction] 关于更正本人个人信息的请求
        [biometric-objection] 关于拒绝人脸识别、撤回同意并删除人脸信息的请求
        [reminder] 催告函：本人此前提出的个人信息权利请求尚未得到答复
       *[complaint] { $reason ->
            [repeated-consent-prompts] 投诉：{ $holder } 在本人明确拒绝后频繁征求同意
            [service-refused] 投诉：{ $holder } 因本人拒绝提供非必要个人信息而拒绝提供服务
            [forced-biometrics] 投诉：{ $holder } 强制要求人脸识别
            [cancellation-blocked] 投诉：{ $holder } 阻碍注销账号
            [refused] 投诉：{ $holder } 拒绝本人行使个人信息权利
           *[other] 投诉：{ $holder } 未答复本人的个人信息权利请求
        }
    }
letter-subject-line = 事由：{ $subject }
letter-to = 致：{ $hasoperator ->
        [yes] { $addressee }（{ $holder }）
       *[no] { $holder }
    }个人信息保护负责人
letter-complaint-to = 致：{ $channels }
letter-greeting = { $kind ->
        [complaint] 尊敬的主管部门：
       *[other] 您好：
    }

## 正文开头

letter-intro = { $kind ->
        [deletion] 本人是贵方产品或服务（{ $holder }）的用户。现依法请求贵方删除贵方处理的本人全部个人信息。
        [consent-withdrawal] 本人是贵方产品或服务（{ $holder }）的用户。现依法通知贵方：本人撤回此前就个人信息处理作出的全部同意（为提供本人所要求的服务所必需的处理除外）。
        [account-cancellation] 本人是贵方产品或服务（{ $holder }）的用户。现请求注销本人在贵方的账号，并删除或匿名化处理与该账号相关的本人个人信息。
        [access] 本人是贵方产品或服务（{ $holder }）的用户。现依法请求查阅、复制贵方处理的本人个人信息。
        [correction] 本人是贵方产品或服务（{ $holder }）的用户。贵方处理的本人个人信息有误或不完整，现依法请求予以更正、补充。
       *[biometric-objection] { $holderkind ->
            [property] 本人是贵方提供物业服务的小区的业主（或物业使用人）。贵方将人脸识别作为进出小区的唯一验证方式。本人不同意通过人脸信息进行身份验证，现依法提出以下请求。
           *[other] 本人是贵方产品或服务（{ $holder }）的用户。贵方将人脸识别作为登录、验证或使用服务的唯一方式。本人不同意通过人脸信息进行身份验证，现依法提出以下请求。
        }
    }
letter-followup-intro = { $kind ->
        [reminder] 本人已于{ $sent }向贵方（{ $operator }）提出个人信息权利请求。{ $overdue ->
            [0] 截至目前，本人尚未收到贵方的处理结果。
           *[other] 贵方本应于{ $due }前答复，现已逾期 { $overdue } 个工作日，本人仍未收到处理结果。
        }
       *[complaint] { $reason ->
            [repeated-consent-prompts] 本人在使用 { $holder }（运营者：{ $operator }）时已明确拒绝其个人信息处理请求，但该应用在本人拒绝后仍频繁征求同意、干扰本人正常使用服务。
            [service-refused] 本人在使用 { $holder }（运营者：{ $operator }）时拒绝提供其提供服务所不必需的个人信息（或撤回了同意），该应用因此拒绝向本人提供产品或服务。
            [forced-biometrics] { $holder }（{ $operator }）将人脸识别作为唯一验证方式，本人明确表示不同意后，对方未提供其他合理、便捷的验证方式。
            [cancellation-blocked] 本人于{ $sent }请求注销在 { $holder }（运营者：{ $operator }）的账号，对方未提供有效的注销方式，或对注销设置了不合理条件（例如要求提供超出注册和使用时所收集范围的个人信息）。
            [refused] 本人于{ $sent }向 { $holder }（运营者：{ $operator }）提出个人信息权利请求，对方拒绝了本人的请求。
           *[other] 本人于{ $sent }向 { $holder }（运营者：{ $operator }）提出个人信息权利请求。对方应于{ $due }前答复，{ $overdue ->
                [0] 但至今未作处理。
               *[other] 现已逾期 { $overdue } 个工作日，仍未作任何处理。
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

letter-asks = { $kind ->
        [deletion] 本人请求贵方：
            1. 删除贵方处理的本人全部个人信息（包括备份系统中的信息；技术上难以删除的，停止除存储和采取必要安全保护措施之外的处理）；
            2. 告知已向哪些第三方提供或委托处理本人的个人信息，并通知其一并删除；
            3. 以书面形式（电子邮件即可）告知处理结果；如拒绝本人的请求，请说明理由。
        [consent-withdrawal] 本人请求贵方：
            1. 立即停止基于本人同意所进行的全部个人信息处理活动；
            2. 删除基于该同意收集的本人个人信息；
            3. 不得因本人撤回同意而拒绝提供产品或服务（处理个人信息属于提供产品或服务所必需的除外）；
            4. 以书面形式告知处理结果；如拒绝，请说明理由。
        [account-cancellation] 本人请求贵方：
            1. 注销本人的账号，且不对注销设置不合理条件，不要求本人提供超出注册和使用时所收集范围的个人信息；
            2. 注销后删除本人的个人信息或进行匿名化处理；
            3. 以书面形式告知注销及删除结果；如拒绝，请说明理由。
        [access] 本人请求贵方：
            1. 告知贵方处理的本人个人信息的种类、处理目的、处理方式和保存期限；
            2. 提供上述个人信息的副本；
            3. 告知已向哪些第三方提供本人的个人信息；
            4. 如拒绝本人的请求，请说明理由。
        [correction] 本人请求贵方：
            1. 核实并更正、补充本人个人信息中错误或不完整的部分（具体内容见本函附注或后续说明）；
            2. 将更正结果告知已接收该信息的第三方；
            3. 以书面形式告知处理结果；如拒绝，请说明理由。
        [biometric-objection] 本人请求贵方：
            1. 提供人脸识别以外的其他合理、便捷的身份验证方式{ $holderkind ->
                [property] （例如门禁卡、密码或人工核验），保障本人正常进出小区
               *[other] ，保障本人正常使用服务
            }；
            2. 确认本人已撤回对处理本人人脸信息的同意；
            3. 删除已收集、存储的本人人脸信息，并以书面形式确认删除；
            4. 如拒绝本人的请求，请书面说明理由。
        [reminder] 请贵方立即处理本人的上述请求并书面答复；如拒绝，请说明理由。
       *[complaint] 本人请求贵部门依法受理本投诉，督促被投诉方依法处理本人的个人信息权利请求{ $reason ->
            [repeated-consent-prompts] ，停止在本人明确拒绝后频繁征求同意的行为
            [service-refused] ，不得因本人拒绝提供非必要个人信息而拒绝提供服务
            [forced-biometrics] ，提供人脸识别以外的其他合理、便捷的验证方式并删除本人的人脸信息
            [cancellation-blocked] ，提供有效、便捷的账号注销方式并删除本人的个人信息
           *[other] {""}
        }，并将处理结果告知本人。
    }

## 法律依据

letter-basis-intro = { $jurisdiction ->
        [CN] 本人的请求依据以下法律规定：
        [EU] 本人的请求依据欧盟《通用数据保护条例》（GDPR）的下列规定：
        [US-CA] 本人的请求依据《加利福尼亚州消费者隐私法》（CCPA）及其实施细则的下列规定：
       *[other] 本人的请求依据以下规定：
    }

## 期限

letter-deadline = { $unit ->
        [cn-working-days] 根据《个人信息保护法》第五十条和《网络数据安全管理条例》第二十三条，贵方应当及时受理并处理本人的请求；拒绝的，应当说明理由。参照监管部门认定违法违规行为时采用的时限标准（《App违法违规收集使用个人信息行为认定方法》，2019年），本人请贵方在收到本函后 { $amount } 个工作日内{ $dueknown ->
            [yes] ，即{ $due }前，
           *[other] （按国务院办公厅公布的节假日安排计算）
        }完成处理并书面答复。该期限是监管参考标准，并非法律规定的期限；法律的要求是“及时”。
        [immediate] 根据《电子商务法》第二十四条第二款，用户注销的，电子商务经营者应当立即删除该用户的信息。请贵方立即完成注销和删除，并书面告知处理结果。
        [calendar-months] 根据 GDPR 第十二条第三款，贵方应当在收到请求后一个月内{ $dueknown ->
            [yes] （即{ $due }前）
           *[other] {""}
        }答复本人；确有必要的，可以再延长两个月，但须在第一个月内告知本人延期及理由。
       *[other] { $jurisdiction ->
            [US-CA] 根据《加利福尼亚州民法典》第1798.130条，贵方应当在收到请求后 45 日内{ $dueknown ->
                [yes] （即{ $due }前）
               *[other] {""}
            }答复；确有必要的，可延长一次 45 日，但须在首个 45 日内通知本人。贵方还应在收到请求后 10 个工作日内确认收到。
           *[other] 请贵方在收到本函后 { $amount } 日内{ $dueknown ->
                [yes] （即{ $due }前）
               *[other] {""}
            }书面答复。该期限为本人提出的合理期限。
        }
    }

## 不答复的后果

letter-escalation = { $jurisdiction ->
        [CN] 如贵方逾期未答复或拒绝本人的请求，本人将向{ $channels }投诉、举报，并保留依法向人民法院提起诉讼的权利。
        [EU] 如贵方未在上述期限内答复，本人将向本人所在国的数据保护监管机构投诉（GDPR 第七十七条）。
        [US-CA] 如贵方未在上述期限内答复，本人将向加利福尼亚州隐私保护局（CPPA）或州总检察长投诉。
       *[other] 如贵方未在上述期限内答复，本人将向主管部门投诉。
    }
letter-complaint-attachments = 随附：本人向被投诉方发出的请求原文、发送记录、对方答复（如有）及完整时间线，均由“数据权利助手”导出，并附有可核验的哈希值。

## 结尾

letter-closing = 此致
letter-sender-unnamed = （签名）
letter-sender-contact = 联系方式：{ $contact }
letter-sender-address = 通讯地址：{ $address }
letter-date-unknown = （日期不详）
letter-due-provisional = 暂定{ $date }（{ $year } 年放假安排尚未发布，按法定节假日计算；最晚不超过{ $latest }）
letter-due-immediate = 立即
