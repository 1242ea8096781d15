//! What the PDFs contain and in which order: sections, tables and paragraphs.
//!
//! Pure: an [`EvidenceCase`] (or a letter) in, [`Block`]s plus page furniture
//! out. Layout and drawing happen later; nothing here knows about fonts or
//! pages beyond the column widths of the tables.

use super::bundle::{EvidenceCase, RequestCase};
use super::layout::{Block, Column, Font, PageSpec, style};
use crate::holder::Holder;
use crate::i18n::{Arg, Locale, Localizer};
use crate::letter::{Sender, format_date};
use chrono::NaiveDate;

/// A document ready for layout.
pub struct Composition<'a> {
    pub title: String,
    pub blocks: Vec<Block>,
    /// Running header from page 2 on (empty for none).
    pub header: String,
    /// Left side of every footer.
    pub footer: String,
    /// Right side of the footer for page `n` of `total`.
    pub page_label: Box<dyn Fn(usize, usize) -> String + 'a>,
}

fn page_label(l10n: &Localizer, loc: Locale) -> Box<dyn Fn(usize, usize) -> String + '_> {
    Box::new(move |page, total| {
        l10n.msg(loc, "evidence-page", &[("page", Arg::Num(page as i64)), ("total", Arg::Num(total as i64))])
    })
}

fn para(text: impl Into<String>, font: Font) -> Block {
    Block::Paragraph { text: text.into(), font, indent: 0.0 }
}

fn heading(level: u8, text: impl Into<String>) -> Block {
    Block::Heading { level, text: text.into() }
}

fn col(width: f32, font: Font) -> Column {
    Column { width, font }
}

const HASH: Font = Font::mono(7.0);

/// Numbers sections the way each language does: `一、` or `1.`.
fn numbered(loc: Locale, n: usize, title: &str) -> String {
    const ZH: [&str; 10] = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"];
    match loc {
        Locale::ZhCn => format!("{}、{title}", ZH.get(n - 1).copied().unwrap_or("十")),
        Locale::EnUs => format!("{n}. {title}"),
    }
}

/// The evidence PDF of a case.
pub fn compose<'a>(case: &EvidenceCase, l10n: &'a Localizer) -> Composition<'a> {
    let loc = case.locale;
    let t = |id: &str| l10n.msg(loc, id, &[]);
    let cw = PageSpec::a4().content_width();
    let fields = |rows: Vec<(String, String)>| Block::Table {
        columns: vec![col(118.0, style::LABEL), col(cw - 118.0, Font::regular(9.0))],
        header: None,
        rows: rows.into_iter().map(|(a, b)| vec![a, b]).collect(),
        grid: true,
    };
    let mut b = vec![
        Block::Title(case.title.clone()),
        para(case.subtitle.clone(), Font::bold(11.0)),
        Block::Gap(4.0),
        para(l10n.msg(loc, "evidence-intro", &[]), Font::gray(8.5, 0.3)),
        Block::Gap(6.0),
    ];
    let requester =
        (!case.requester.is_empty()).then(|| (t("evidence-field-requester"), case.requester.join("\n")));
    if case.dossier {
        b.push(heading(2, t("evidence-section-holder")));
        let h = &case.holder;
        let mut rows: Vec<(String, String)> = requester.into_iter().collect();
        rows.push((t("evidence-field-holder"), h.name.clone()));
        if let Some(op) = &h.operator {
            rows.push((t("evidence-field-operator"), op.clone()));
        }
        if let Some(k) = &h.kind {
            rows.push((t("evidence-field-holder-kind"), k.clone()));
        }
        let contacts = if h.contacts.is_empty() { t("evidence-contact-none") } else { h.contacts.join("\n") };
        rows.push((t("evidence-field-contacts"), contacts));
        b.push(fields(rows));
        b.push(heading(2, t("evidence-section-requests")));
        if case.requests.is_empty() {
            b.push(para(t("evidence-dossier-none"), style::BODY));
        } else {
            b.push(para(
                l10n.msg(
                    loc,
                    "evidence-dossier-intro",
                    &[("count", Arg::Num(case.requests.len() as i64)), ("holder", Arg::Str(&h.name))],
                ),
                style::BODY,
            ));
            b.push(Block::Gap(4.0));
            b.push(Block::Table {
                columns: vec![
                    col(180.0, style::SMALL),
                    col(90.0, style::SMALL),
                    col(90.0, style::SMALL),
                    col(cw - 360.0, style::SMALL),
                ],
                header: Some(vec![
                    t("evidence-col-request"),
                    t("evidence-col-sent"),
                    t("evidence-col-due"),
                    t("evidence-col-status"),
                ]),
                rows: case
                    .requests
                    .iter()
                    .map(|r| {
                        let s = &r.summary;
                        vec![s.request.clone(), s.sent.clone(), s.due.clone(), s.status.clone()]
                    })
                    .collect(),
                grid: true,
            });
        }
        for r in &case.requests {
            b.push(Block::PageBreak);
            b.push(heading(1, r.heading.clone()));
            request_sections(&mut b, r, None, loc, l10n);
        }
    } else if let Some(r) = case.requests.first() {
        request_sections(&mut b, r, requester, loc, l10n);
    }
    Composition {
        title: format!("{} — {}", case.title, case.subtitle),
        blocks: b,
        header: case.header.clone(),
        footer: l10n.msg(loc, "evidence-footer", &[("date", Arg::Str(&case.exported_on))]),
        page_label: page_label(l10n, loc),
    }
}

fn request_sections(
    b: &mut Vec<Block>,
    r: &RequestCase,
    requester: Option<(String, String)>,
    loc: Locale,
    l10n: &Localizer,
) {
    let t = |id: &str| l10n.msg(loc, id, &[]);
    let cw = PageSpec::a4().content_width();
    let mut n = 0;
    let mut section = |b: &mut Vec<Block>, id: &str| {
        n += 1;
        b.push(heading(2, numbered(loc, n, &t(id))));
    };

    section(b, "evidence-section-facts");
    let mut rows: Vec<(String, String)> = requester.into_iter().collect();
    rows.extend(r.facts.iter().cloned());
    b.push(Block::Table {
        columns: vec![col(118.0, style::LABEL), col(cw - 118.0, Font::regular(9.0))],
        header: None,
        rows: rows.into_iter().map(|(a, v)| vec![a, v]).collect(),
        grid: true,
    });

    section(b, "evidence-section-basis");
    if r.basis.is_empty() {
        b.push(para(t("evidence-basis-none"), style::BODY));
    }
    for c in &r.basis {
        b.push(heading(3, c.cite.clone()));
        b.push(para(c.status.clone(), style::LABEL));
        b.push(para(c.text.clone(), style::BODY));
        if let Some(g) = &c.gist {
            b.push(para(g.clone(), Font::gray(8.5, 0.3)));
        }
        b.push(Block::Gap(4.0));
    }

    section(b, "evidence-section-timeline");
    b.push(Block::Table {
        columns: vec![
            col(28.0, style::SMALL),
            col(82.0, style::SMALL),
            col(76.0, Font::bold(8.5)),
            col(cw - 186.0, style::SMALL),
        ],
        header: Some(vec![
            t("evidence-col-no"),
            t("evidence-col-date"),
            t("evidence-col-event"),
            t("evidence-col-details"),
        ]),
        rows: r
            .timeline
            .iter()
            .map(|e| vec![e.no.clone(), e.date.clone(), e.event.clone(), e.details.clone()])
            .collect(),
        grid: true,
    });

    section(b, "evidence-section-letter");
    b.push(heading(3, r.letter.heading.clone()));
    b.push(para(r.letter.body.clone(), style::BODY));
    if r.replies.is_empty() {
        b.push(Block::Gap(6.0));
        b.push(para(t("evidence-no-replies"), Font::gray(9.5, 0.3)));
    }
    for reply in &r.replies {
        b.push(heading(3, reply.heading.clone()));
        b.push(para(reply.text.clone(), style::BODY));
    }

    section(b, "evidence-section-attachments");
    if r.attachments.is_empty() {
        b.push(para(t("evidence-attachments-none"), style::BODY));
    } else {
        b.push(Block::Table {
            columns: vec![col(34.0, Font::bold(8.5)), col(cw - 34.0, style::SMALL)],
            header: Some(vec![t("evidence-col-ref"), t("evidence-col-file")]),
            rows: r.attachments.iter().map(|a| vec![a.reference.clone(), a.description.clone()]).collect(),
            grid: true,
        });
    }

    section(b, "evidence-section-integrity");
    b.push(para(t("evidence-integrity-intro"), style::BODY));
    b.push(Block::Gap(6.0));
    b.push(para(l10n.msg(loc, "evidence-integrity-digest", &[("id", Arg::Num(r.id.0))]), style::LABEL));
    b.push(para(r.digest.clone(), Font { bold: true, ..Font::mono(10.0) }));
    b.push(Block::Gap(4.0));
    if !r.timestamps.is_empty() {
        b.push(heading(3, t("evidence-timestamps-heading")));
        b.push(Block::Table {
            columns: vec![col(30.0, Font::bold(8.5)), col(cw - 30.0, style::SMALL)],
            header: Some(vec![t("evidence-col-ref"), t("evidence-col-timestamp")]),
            rows: r
                .timestamps
                .iter()
                .map(|s| {
                    let digest =
                        l10n.msg(loc, "evidence-timestamp-digest", &[("digest", Arg::Str(&s.digest))]);
                    vec![s.reference.clone(), format!("{}\n{}\n{}", s.summary, digest, s.status)]
                })
                .collect(),
            grid: true,
        });
        b.push(Block::Gap(4.0));
    }
    if r.problems.is_empty() {
        b.push(para(t("evidence-integrity-ok"), style::BODY));
        for line in &r.assurance {
            b.push(para(line.clone(), style::BODY));
        }
    } else {
        let head =
            l10n.msg(loc, "evidence-integrity-problems", &[("count", Arg::Num(r.problems.len() as i64))]);
        b.push(para(head, Font::bold(9.5)));
        for p in &r.problems {
            b.push(Block::Paragraph { text: format!("• {p}"), font: Font::bold(9.0), indent: 8.0 });
        }
        b.push(para(t("evidence-integrity-not-intact"), Font::bold(9.5)));
    }
    b.push(Block::Gap(6.0));
    b.push(Block::Table {
        columns: vec![
            col(30.0, Font::regular(7.0)),
            col(66.0, Font::regular(7.0)),
            col(102.0, HASH),
            col(cw - 198.0, HASH),
        ],
        header: Some(vec![
            t("evidence-col-no"),
            t("evidence-col-date"),
            t("evidence-col-recorded"),
            t("evidence-col-hash"),
        ]),
        rows: r
            .chain
            .iter()
            .map(|c| {
                let no =
                    if c.intact { c.no.clone() } else { format!("{} {}", c.no, t("evidence-chain-altered")) };
                vec![no, c.date.clone(), c.recorded_at.clone(), c.hash.clone()]
            })
            .collect(),
        grid: true,
    });
    b.push(para(l10n.msg(loc, "evidence-integrity-how", &[("id", Arg::Num(r.id.0))]), Font::gray(8.5, 0.3)));

    if r.attachments.iter().any(|a| a.picture.is_some()) {
        b.push(Block::PageBreak);
        section(b, "evidence-section-images");
        for a in &r.attachments {
            if let Some(p) = a.picture {
                b.push(Block::Image {
                    key: p.key,
                    px_width: p.width,
                    px_height: p.height,
                    caption: a.caption.clone(),
                });
            }
        }
    }
}

/// A letter to print and post (or hand over).
pub struct LetterSheet<'a> {
    pub request_id: i64,
    pub sender: &'a Sender,
    pub holder: &'a Holder,
    pub date: NaiveDate,
    pub subject: &'a str,
    /// The letter as stored (or redrafted in another language).
    pub body: &'a str,
    pub locale: Locale,
}

/// The printable letter: sender, addressee, date, the letter, a line to sign on.
pub fn compose_letter<'a>(sheet: &LetterSheet<'_>, l10n: &'a Localizer) -> Composition<'a> {
    let loc = sheet.locale;
    let t = |id: &str| l10n.msg(loc, id, &[]);
    let mut b = Vec::new();
    let clean =
        |v: &Option<String>| v.as_deref().map(str::trim).filter(|v| !v.is_empty()).map(str::to_string);
    let s = sheet.sender;
    if s.name.is_some() || s.address.is_some() || s.contact.is_some() {
        b.push(para(t("evidence-letter-from"), style::LABEL));
        if let Some(name) = clean(&s.name) {
            b.push(para(name, Font::bold(10.0)));
        }
        for v in [clean(&s.address), clean(&s.contact)].into_iter().flatten() {
            b.push(para(v, style::BODY));
        }
        b.push(Block::Gap(12.0));
    }
    let f = &sheet.holder.fields;
    let name = super::bundle::holder_name(sheet.holder, loc);
    b.push(para(t("evidence-letter-to"), style::LABEL));
    match clean(&f.operator) {
        Some(op) => {
            b.push(para(op, Font::bold(10.0)));
            b.push(para(name, style::BODY));
        }
        None => b.push(para(name, Font::bold(10.0))),
    }
    for v in [clean(&f.address), clean(&f.phone)].into_iter().flatten() {
        b.push(para(v, style::BODY));
    }
    b.push(Block::Gap(12.0));
    let date = format_date(sheet.date, loc);
    b.push(para(l10n.msg(loc, "evidence-letter-date", &[("date", Arg::Str(&date))]), style::BODY));
    b.push(Block::Gap(18.0));
    b.push(para(sheet.body.replace("\r\n", "\n").replace('\t', " "), Font::regular(10.5)));
    b.push(Block::Gap(18.0));
    b.push(Block::Signature { label: t("evidence-letter-signature") });
    Composition {
        title: sheet.subject.to_string(),
        blocks: b,
        header: String::new(),
        footer: l10n.msg(loc, "evidence-letter-footer", &[("id", Arg::Num(sheet.request_id))]),
        page_label: page_label(l10n, loc),
    }
}
