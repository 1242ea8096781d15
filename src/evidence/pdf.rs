//! PDF bytes from a [`Composition`]: the only user of `printpdf`.
//!
//! Lays the blocks out with the metrics of the built-in font, draws every
//! page, embeds the pictures as image XObjects (JPEG and plain PNG data
//! unchanged) and the font as a subset. No I/O and no clock: the creation
//! date and the document id come from [`DocInfo`], so the same inputs give the
//! same bytes.

use super::EvidenceError;
use super::compose::Composition;
use super::layout::{Item, Layouter, Measure, Page, PageSpec, add_furniture};
use super::raster::{Colors, Encoding, Picture};
use printpdf::{
    Color, CurTransMat, DictItem, ExternalStream, ExternalXObject, FontId, Greyscale, Line, LinePoint, Mm,
    Op, PaintMode, ParsedFont, PdfDocument, PdfFont, PdfFontHandle, PdfPage, PdfSaveOptions, Point, Pt, Px,
    Rect, TextItem, TextMatrix, TextRenderingMode, XObject, XObjectId, XObjectTransform,
};
use sha2::{Digest, Sha256};
use std::cell::RefCell;
use std::collections::{BTreeMap, HashMap};
use std::sync::OnceLock;

/// WenQuanYi Micro Hei (Apache-2.0, see `fonts/README.md`): Chinese, Japanese,
/// Korean and Latin; face 0 proportional, face 1 monospaced.
static FONT_BYTES: &[u8] = include_bytes!("fonts/wqy-microhei.ttc");

/// Resource names of the two faces; their first six letters are the subset tags.
const FONT_NAMES: [&str; 2] = ["RDSKAA", "RDSKAB"];

/// The built-in faces (regular, mono), parsed once.
fn fonts() -> Result<&'static [ParsedFont; 2], EvidenceError> {
    static FONTS: OnceLock<Option<[ParsedFont; 2]>> = OnceLock::new();
    FONTS
        .get_or_init(|| {
            let regular = ParsedFont::from_bytes(FONT_BYTES, 0, &mut Vec::new())?;
            let mono = ParsedFont::from_bytes(FONT_BYTES, 1, &mut Vec::new())?;
            Some([regular, mono])
        })
        .as_ref()
        .ok_or(EvidenceError::Font)
}

/// Advance widths from the faces' `hmtx`, cached per character.
struct Metrics<'a> {
    fonts: &'a [ParsedFont; 2],
    cache: RefCell<HashMap<(char, bool), f32>>,
}

impl<'a> Metrics<'a> {
    fn new(fonts: &'a [ParsedFont; 2]) -> Metrics<'a> {
        Metrics { fonts, cache: RefCell::default() }
    }
}

impl Measure for Metrics<'_> {
    fn advance(&self, c: char, mono: bool) -> f32 {
        *self.cache.borrow_mut().entry((c, mono)).or_insert_with(|| {
            let font = &self.fonts[usize::from(mono)];
            let upem = match font.font_metrics.units_per_em {
                0 => 1000.0,
                u => f32::from(u),
            };
            let gid = font.lookup_glyph_index(c as u32).unwrap_or(0);
            f32::from(font.get_horizontal_advance(gid)) / upem
        })
    }
}

/// Document-level facts that must not come from the clock.
#[derive(Debug, Clone)]
pub struct DocInfo {
    /// Creation time written into the PDF (seconds since 1970, UTC).
    pub created_unix: i64,
    /// Anything that identifies the content (request digests, language, date):
    /// the PDF's `/ID` is derived from it.
    pub id_seed: String,
    /// The PDF's subject line (e.g. the request digests).
    pub subject: String,
}

fn gray(g: f32) -> Color {
    Color::Greyscale(Greyscale::new(g, None))
}

fn name(s: &str) -> DictItem {
    DictItem::Name(s.as_bytes().to_vec())
}

/// An image XObject carrying the picture's data as it is.
fn image_xobject(p: &Picture) -> ExternalXObject {
    let mut dict = BTreeMap::new();
    dict.insert("Type".to_string(), name("XObject"));
    dict.insert("Subtype".to_string(), name("Image"));
    dict.insert("Width".to_string(), DictItem::Int(i64::from(p.width)));
    dict.insert("Height".to_string(), DictItem::Int(i64::from(p.height)));
    dict.insert("BitsPerComponent".to_string(), DictItem::Int(i64::from(p.bits)));
    let space = match &p.colors {
        Colors::Gray => name("DeviceGray"),
        Colors::Rgb => name("DeviceRGB"),
        Colors::Cmyk => name("DeviceCMYK"),
        Colors::Indexed { palette } => DictItem::Array(vec![
            name("Indexed"),
            name("DeviceRGB"),
            DictItem::Int((palette.len() / 3) as i64 - 1),
            DictItem::String { data: palette.clone(), literal: false },
        ]),
    };
    dict.insert("ColorSpace".to_string(), space);
    match p.encoding {
        Encoding::Jpeg { inverted_cmyk } => {
            dict.insert("Filter".to_string(), name("DCTDecode"));
            if inverted_cmyk {
                let decode = [1, 0, 1, 0, 1, 0, 1, 0].into_iter().map(DictItem::Int).collect();
                dict.insert("Decode".to_string(), DictItem::Array(decode));
            }
        }
        Encoding::PngScanlines => {
            dict.insert("Filter".to_string(), name("FlateDecode"));
            let parms = BTreeMap::from([
                ("Predictor".to_string(), DictItem::Int(15)),
                ("Colors".to_string(), DictItem::Int(i64::from(p.components()))),
                ("BitsPerComponent".to_string(), DictItem::Int(i64::from(p.bits))),
                ("Columns".to_string(), DictItem::Int(i64::from(p.width))),
            ]);
            dict.insert("DecodeParms".to_string(), DictItem::Dict { map: parms });
        }
    }
    ExternalXObject {
        stream: ExternalStream { dict, content: p.data.clone(), compress: false },
        width: Some(Px(p.width as usize)),
        height: Some(Px(p.height as usize)),
        dpi: None,
    }
}

fn point(x: f32, y: f32) -> LinePoint {
    LinePoint { p: Point { x: Pt(x), y: Pt(y) }, bezier: false }
}

/// The drawing operations of one page (PDF's y axis points up).
fn page_ops(page: &Page, fonts: &[FontId; 2], height: f32) -> Vec<Op> {
    let mut ops = Vec::new();
    for item in &page.items {
        match item {
            Item::Fill { x, y, w, h, gray: g } => {
                ops.push(Op::SetFillColor { col: gray(*g) });
                ops.push(Op::DrawRectangle {
                    rectangle: Rect {
                        x: Pt(*x),
                        y: Pt(height - y - h),
                        width: Pt(*w),
                        height: Pt(*h),
                        mode: Some(PaintMode::Fill),
                        winding_order: None,
                    },
                });
            }
            Item::Line { x1, y1, x2, y2, width, gray: g } => {
                ops.push(Op::SetOutlineColor { col: gray(*g) });
                ops.push(Op::SetOutlineThickness { pt: Pt(*width) });
                ops.push(Op::DrawLine {
                    line: Line {
                        points: vec![point(*x1, height - y1), point(*x2, height - y2)],
                        is_closed: false,
                    },
                });
            }
            Item::Image { key, x, y, w, h } => {
                ops.push(Op::SaveGraphicsState);
                ops.push(Op::SetTransformationMatrix {
                    matrix: CurTransMat::Raw([*w, 0.0, 0.0, *h, *x, height - y - h]),
                });
                ops.push(Op::UseXobject {
                    id: XObjectId(format!("Im{key}")),
                    transform: XObjectTransform { no_auto_scale: true, ..Default::default() },
                });
                ops.push(Op::RestoreGraphicsState);
            }
            Item::Text { .. } => {}
        }
    }
    ops.push(Op::StartTextSection);
    let (mut face, mut shade, mut bold) = (None, -1.0_f32, None);
    for item in &page.items {
        let Item::Text { x, y, font: f, text } = item else { continue };
        if face != Some((f.size, f.mono)) {
            face = Some((f.size, f.mono));
            let font = fonts[usize::from(f.mono)].clone();
            ops.push(Op::SetFont { font: PdfFontHandle::External(font), size: Pt(f.size) });
        }
        if f.gray != shade {
            shade = f.gray;
            ops.push(Op::SetFillColor { col: gray(shade) });
            ops.push(Op::SetOutlineColor { col: gray(shade) });
        }
        // There is no bold face: bold is the outline drawn over the fill.
        if bold != Some((f.bold, f.size)) {
            bold = Some((f.bold, f.size));
            if f.bold {
                ops.push(Op::SetOutlineThickness { pt: Pt(f.size * 0.035) });
                ops.push(Op::SetTextRenderingMode { mode: TextRenderingMode::FillStroke });
            } else {
                ops.push(Op::SetTextRenderingMode { mode: TextRenderingMode::Fill });
            }
        }
        ops.push(Op::SetTextMatrix { matrix: TextMatrix::Translate(Pt(*x), Pt(height - y)) });
        ops.push(Op::ShowText { items: vec![TextItem::Text(text.clone())] });
    }
    ops.push(Op::EndTextSection);
    ops
}

/// Lays out, draws and saves a composition. `pictures[k]` is the picture `Block::Image { key: k }` shows.
pub fn render(
    comp: &Composition<'_>,
    pictures: &[Picture],
    info: &DocInfo,
) -> Result<Vec<u8>, EvidenceError> {
    let fonts = fonts()?;
    let metrics = Metrics::new(fonts);
    let spec = PageSpec::a4();
    let mut pages = Layouter::new(spec, &metrics).run(&comp.blocks);
    add_furniture(&mut pages, &spec, &metrics, &comp.header, |page, total| {
        (comp.footer.clone(), (comp.page_label)(page, total))
    });

    let mut doc = PdfDocument::new(&comp.title);
    let when = printpdf::OffsetDateTime::from_unix_timestamp(info.created_unix)
        .map_err(|e| EvidenceError::Write(e.to_string()))?;
    let meta = &mut doc.metadata.info;
    meta.creation_date = when;
    meta.modification_date = when;
    meta.metadata_date = when;
    meta.producer = "RightsDesk".into();
    meta.subject = info.subject.clone();
    meta.creator = "RightsDesk (数据权利助手)".into();

    let font_ids = FONT_NAMES.map(|n| FontId(n.into()));
    let mono_used =
        pages.iter().flat_map(|p| &p.items).any(|i| matches!(i, Item::Text { font, .. } if font.mono));
    for (n, (id, font)) in font_ids.iter().zip(fonts).enumerate() {
        if n == 0 || mono_used {
            doc.resources.fonts.map.insert(id.clone(), PdfFont::new(font.clone()));
        }
    }
    let mut used = Vec::new();
    for p in &pages {
        for item in &p.items {
            if let Item::Image { key, .. } = item {
                used.push(*key);
            }
        }
    }
    for key in used {
        let p = pictures.get(key).ok_or_else(|| EvidenceError::Write(format!("no picture {key}")))?;
        doc.resources.xobjects.map.insert(XObjectId(format!("Im{key}")), XObject::External(image_xobject(p)));
    }
    let (w, h) = (Mm::from(Pt(spec.width)), Mm::from(Pt(spec.height)));
    doc.pages = pages.iter().map(|p| PdfPage::new(w, h, page_ops(p, &font_ids, spec.height))).collect();

    let opts = PdfSaveOptions { optimize: true, subset_fonts: true, secure: true, image_optimization: None };
    let mut warnings = Vec::new();
    let mut lo = printpdf::to_lopdf_doc(&doc, &opts, &mut warnings);
    // printpdf draws the /ID from a process-wide counter; derive it from the content instead.
    let id = hex::encode(&Sha256::digest(info.id_seed.as_bytes())[..16]);
    let id = lopdf::Object::String(id.into_bytes(), lopdf::StringFormat::Literal);
    lo.trailer.set("ID", lopdf::Object::Array(vec![id.clone(), id]));
    // printpdf always writes a GTS_PDFXVersion key, which makes readers take the file for PDF/X; it is not.
    if let Ok(info_id) = lo.trailer.get(b"Info").and_then(lopdf::Object::as_reference)
        && let Ok(dict) = lo.get_object_mut(info_id).and_then(lopdf::Object::as_dict_mut)
    {
        for key in ["GTS_PDFXVersion", "Identifier", "Keywords", "Author"] {
            dict.remove(key.as_bytes());
        }
    }
    lo.compress();
    let mut out = Vec::new();
    lo.save_to(&mut out).map_err(|e| EvidenceError::Write(e.to_string()))?;
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_built_in_font_covers_chinese_and_latin() {
        let f = fonts().expect("the embedded font parses");
        let m = Metrics::new(f);
        for face in f {
            for c in ['数', '据', '权', '利', 'A', 'z', '0', 'f', '，', '（', '“', '·', '—'] {
                assert!(face.lookup_glyph_index(c as u32).is_some(), "{c} has a glyph");
            }
        }
        assert!(m.advance('中', false) > m.advance('i', false), "CJK is wider than a narrow Latin letter");
        assert_eq!(m.advance('1', true), m.advance('f', true), "the mono face lines digits up");
    }
}
