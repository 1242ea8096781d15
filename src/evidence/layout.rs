//! Text layout and pagination, without any PDF: blocks in, positioned items out.
//!
//! Pure: widths come from a [`Measure`] (the real font in `pdf.rs`, a fixed
//! table in tests). Coordinates are in points from the page's top-left corner;
//! text `y` is the baseline. Line breaking follows two rules: Chinese,
//! Japanese and Korean text may break between any two characters, other
//! scripts only at spaces; a word wider than the line (a hash, a URL) is cut
//! at characters. Closing punctuation never starts a line and opening
//! punctuation never ends one, so `，` and `。` stay with the text they follow.

/// A4 in points.
pub const A4: (f32, f32) = (595.276, 841.89);

/// Line height as a multiple of the font size (CJK text needs air).
pub const LINE_HEIGHT: f32 = 1.5;

/// Width of characters in a font.
pub trait Measure {
    /// Advance width of `c` in ems (1.0 = the font size), in the monospaced face if `mono`.
    fn advance(&self, c: char, mono: bool) -> f32;

    /// Width of `text` in `font`, in points.
    fn width(&self, text: &str, font: Font) -> f32 {
        text.chars().map(|c| self.advance(c, font.mono)).sum::<f32>() * font.size
    }
}

/// How a run of text looks.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Font {
    pub size: f32,
    pub bold: bool,
    /// 0.0 black … 1.0 white.
    pub gray: f32,
    /// The monospaced face (hashes: every digit lines up).
    pub mono: bool,
}

impl Font {
    pub const fn regular(size: f32) -> Font {
        Font { size, bold: false, gray: 0.0, mono: false }
    }
    pub const fn bold(size: f32) -> Font {
        Font { size, bold: true, gray: 0.0, mono: false }
    }
    pub const fn gray(size: f32, gray: f32) -> Font {
        Font { size, bold: false, gray, mono: false }
    }
    pub const fn mono(size: f32) -> Font {
        Font { size, bold: false, gray: 0.0, mono: true }
    }
    fn line_height(self) -> f32 {
        self.size * LINE_HEIGHT
    }
    /// From the top of a line box to the baseline.
    fn baseline(self) -> f32 {
        self.size * (LINE_HEIGHT - 1.0) / 2.0 + self.size * 0.88
    }
}

/// Something drawn on a page.
#[derive(Debug, Clone, PartialEq)]
pub enum Item {
    Text {
        x: f32,
        y: f32,
        font: Font,
        text: String,
    },
    Line {
        x1: f32,
        y1: f32,
        x2: f32,
        y2: f32,
        width: f32,
        gray: f32,
    },
    /// A filled rectangle; `y` is its top edge.
    Fill {
        x: f32,
        y: f32,
        w: f32,
        h: f32,
        gray: f32,
    },
    /// Picture number `key` (as the caller numbered them); `y` is its top edge.
    Image {
        key: usize,
        x: f32,
        y: f32,
        w: f32,
        h: f32,
    },
}

/// One laid-out page.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Page {
    pub items: Vec<Item>,
}

impl Page {
    /// The page's text, line by line as laid out (tests, snapshots).
    pub fn text(&self) -> Vec<&str> {
        self.items
            .iter()
            .filter_map(|i| match i {
                Item::Text { text, .. } => Some(text.as_str()),
                _ => None,
            })
            .collect()
    }
}

/// One column of a table.
#[derive(Debug, Clone, PartialEq)]
pub struct Column {
    pub width: f32,
    pub font: Font,
}

/// What the document is made of, in reading order.
#[derive(Debug, Clone, PartialEq)]
pub enum Block {
    /// The document title on the first page.
    Title(String),
    /// `level` 1 (request), 2 (section) or 3 (sub-heading); kept with what follows.
    Heading {
        level: u8,
        text: String,
    },
    /// Wrapped text; `\n` starts a new line.
    Paragraph {
        text: String,
        font: Font,
        indent: f32,
    },
    /// Rows of cells; the header row (if any) is repeated on each page the table spans.
    Table {
        columns: Vec<Column>,
        header: Option<Vec<String>>,
        rows: Vec<Vec<String>>,
        grid: bool,
    },
    /// A picture scaled to fit the text area, with its caption above it.
    Image {
        key: usize,
        px_width: u32,
        px_height: u32,
        caption: String,
    },
    /// A label and a line to sign on.
    Signature {
        label: String,
    },
    Gap(f32),
    PageBreak,
}

/// Page size and margins, in points.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct PageSpec {
    pub width: f32,
    pub height: f32,
    pub left: f32,
    pub right: f32,
    pub top: f32,
    pub bottom: f32,
}

impl PageSpec {
    /// A4 with 20 mm side margins.
    pub fn a4() -> PageSpec {
        PageSpec { width: A4.0, height: A4.1, left: 56.7, right: 56.7, top: 62.0, bottom: 66.0 }
    }
    pub fn content_width(&self) -> f32 {
        self.width - self.left - self.right
    }
    fn body_height(&self) -> f32 {
        self.height - self.top - self.bottom
    }
}

/// Sizes of the fixed styles.
pub mod style {
    use super::Font;
    pub const TITLE: Font = Font::bold(17.0);
    pub const H1: Font = Font::bold(14.0);
    pub const H2: Font = Font::bold(12.0);
    pub const H3: Font = Font::bold(10.0);
    pub const BODY: Font = Font::regular(9.5);
    pub const SMALL: Font = Font::regular(8.5);
    pub const LABEL: Font = Font::gray(8.5, 0.35);
    pub const TABLE_HEAD: Font = Font::bold(8.5);
    pub const FURNITURE: Font = Font::gray(7.5, 0.4);
    pub const CAPTION: Font = Font::gray(8.0, 0.25);
}

const CELL_PAD_X: f32 = 4.0;
const CELL_PAD_Y: f32 = 3.0;
/// One CSS pixel is 0.75 pt: screenshots are shown at their on-screen size when they fit.
const PT_PER_PX: f32 = 0.75;

/// Whether `c` is written without spaces between words (Han, kana, Hangul, full-width forms).
pub fn is_cjk(c: char) -> bool {
    matches!(c as u32,
        0x1100..=0x11FF | 0x2E80..=0x2FDF | 0x2FF0..=0x303F | 0x3040..=0x30FF | 0x3100..=0x31FF
        | 0x3200..=0x33FF | 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xA960..=0xA97F | 0xAC00..=0xD7FF
        | 0xF900..=0xFAFF | 0xFE30..=0xFE4F | 0xFF00..=0xFFEF | 0x20000..=0x3FFFF)
}

/// Punctuation that must not begin a line.
fn closes(c: char) -> bool {
    "，。、；：？！）》」』】〕〉”’·…—%,.;:?!)]}".contains(c)
}

/// Punctuation that must not end a line.
fn opens(c: char) -> bool {
    "（《「『【〔〈“‘([{".contains(c)
}

/// Whether a line may break between `a` and `b` (spaces are handled by the caller).
fn may_break(a: char, b: char) -> bool {
    if closes(b) || opens(a) {
        return false;
    }
    is_cjk(a) || is_cjk(b)
}

/// Breaks `text` into lines no wider than `width` points in `font`.
///
/// `\n` forces a break. Spaces at a soft break are dropped; every other
/// character is kept, in order. Leading spaces of a forced line (indentation)
/// are kept.
pub fn wrap(text: &str, width: f32, font: Font, m: &dyn Measure) -> Vec<String> {
    let mut out = Vec::new();
    for raw in text.split('\n') {
        wrap_line(raw, width, font, m, &mut out);
    }
    out
}

fn wrap_line(raw: &str, width: f32, font: Font, m: &dyn Measure, out: &mut Vec<String>) {
    let chars: Vec<char> = raw.chars().collect();
    let adv: Vec<f32> = chars.iter().map(|&c| m.advance(c, font.mono) * font.size).collect();
    if chars.is_empty() {
        out.push(String::new());
        return;
    }
    let mut start = 0;
    while start < chars.len() {
        // Take as many characters as fit.
        let mut w = 0.0;
        let mut end = start;
        while end < chars.len() && (end == start || w + adv[end] <= width) {
            w += adv[end];
            end += 1;
        }
        if end < chars.len() {
            // Back off to the last break opportunity in (start, end].
            let mut brk = None;
            let mut i = end;
            while i > start {
                let (a, b) = (chars[i - 1], chars[i]);
                if b == ' ' || a == ' ' || may_break(a, b) {
                    brk = Some(i);
                    break;
                }
                i -= 1;
            }
            // No opportunity: cut the word at the characters that fit.
            if let Some(b) = brk.filter(|&b| chars[start..b].iter().any(|c| *c != ' ')) {
                end = b;
            }
        }
        let line: String = chars[start..end].iter().collect();
        out.push(line.trim_end_matches(' ').to_string());
        start = end;
        // A soft break swallows the spaces at it.
        while start < chars.len() && chars[start] == ' ' {
            start += 1;
        }
    }
}

/// Lays blocks out on pages.
pub struct Layouter<'a> {
    spec: PageSpec,
    m: &'a dyn Measure,
    pages: Vec<Page>,
    y: f32,
}

impl<'a> Layouter<'a> {
    pub fn new(spec: PageSpec, m: &'a dyn Measure) -> Layouter<'a> {
        Layouter { spec, m, pages: vec![Page::default()], y: spec.top }
    }

    /// Lays out every block and returns the pages.
    pub fn run(mut self, blocks: &[Block]) -> Vec<Page> {
        for (i, b) in blocks.iter().enumerate() {
            self.block(b, blocks.get(i + 1));
        }
        self.pages
    }

    fn page(&mut self) -> &mut Page {
        self.pages.last_mut().expect("there is always a page")
    }

    fn bottom(&self) -> f32 {
        self.spec.height - self.spec.bottom
    }

    fn at_top(&self) -> bool {
        self.y <= self.spec.top + 0.01
    }

    fn new_page(&mut self) {
        self.pages.push(Page::default());
        self.y = self.spec.top;
    }

    /// Starts a new page unless `h` more points fit on this one.
    fn ensure(&mut self, h: f32) {
        if self.y + h > self.bottom() && !self.at_top() {
            self.new_page();
        }
    }

    fn text(&mut self, x: f32, line_top: f32, font: Font, text: String) {
        if !text.is_empty() {
            let y = line_top + font.baseline();
            self.page().items.push(Item::Text { x, y, font, text });
        }
    }

    fn hline(&mut self, y: f32, x1: f32, x2: f32, width: f32, gray: f32) {
        self.page().items.push(Item::Line { x1, y1: y, x2, y2: y, width, gray });
    }

    /// Height of the first lines of a block, to keep a heading with its text.
    fn lead_height(&self, next: Option<&Block>) -> f32 {
        match next {
            Some(Block::Paragraph { font, .. }) => font.line_height() * 3.0,
            // The header and a first row of a few lines (an attachment row has four).
            Some(Block::Table { .. }) => style::SMALL.line_height() * 6.0 + 4.0 * CELL_PAD_Y,
            Some(Block::Image { .. }) => 160.0,
            Some(Block::Heading { .. }) => 40.0,
            _ => 0.0,
        }
    }

    fn block(&mut self, b: &Block, next: Option<&Block>) {
        let cw = self.spec.content_width();
        let left = self.spec.left;
        match b {
            Block::Title(t) => {
                let font = style::TITLE;
                for line in wrap(t, cw, font, self.m) {
                    self.ensure(font.line_height());
                    let top = self.y;
                    self.text(left, top, font, line);
                    self.y += font.line_height();
                }
                self.y += 2.0;
                let y = self.y;
                self.hline(y, left, left + cw, 1.2, 0.0);
                self.y += 10.0;
            }
            Block::Heading { level, text } => {
                let (font, before, after) = match level {
                    1 => (style::H1, 6.0, 8.0),
                    2 => (style::H2, 12.0, 5.0),
                    _ => (style::H3, 8.0, 3.0),
                };
                let lines = wrap(text, cw, font, self.m);
                let h = before + lines.len() as f32 * font.line_height() + after + self.lead_height(next);
                self.ensure(h);
                if !self.at_top() {
                    self.y += before;
                }
                for line in lines {
                    let top = self.y;
                    self.text(left, top, font, line);
                    self.y += font.line_height();
                }
                if *level <= 2 {
                    let y = self.y + 1.0;
                    let (w, g) = if *level == 1 { (0.9, 0.0) } else { (0.5, 0.55) };
                    self.hline(y, left, left + cw, w, g);
                }
                self.y += after;
            }
            Block::Paragraph { text, font, indent } => {
                for line in wrap(text, cw - indent, *font, self.m) {
                    self.ensure(font.line_height());
                    let top = self.y;
                    self.text(left + indent, top, *font, line);
                    self.y += font.line_height();
                }
            }
            Block::Table { columns, header, rows, grid } => {
                self.table(columns, header.as_deref(), rows, *grid)
            }
            Block::Image { key, px_width, px_height, caption } => {
                self.image(*key, *px_width, *px_height, caption)
            }
            Block::Signature { label } => {
                let font = style::BODY;
                let h = font.line_height() * 2.5;
                self.ensure(h);
                self.y += font.line_height();
                let top = self.y;
                let label_w = self.m.width(label, font);
                self.text(left, top, font, label.clone());
                let base = top + font.baseline() + 1.5;
                self.hline(base, left + label_w + 6.0, left + label_w + 6.0 + 200.0, 0.6, 0.0);
                self.y += font.line_height() * 1.5;
            }
            Block::Gap(h) => {
                if !self.at_top() {
                    self.y = (self.y + h).min(self.bottom());
                }
            }
            Block::PageBreak => {
                if !self.at_top() {
                    self.new_page();
                }
            }
        }
    }

    fn wrap_row(&self, columns: &[Column], cells: &[String]) -> Vec<Vec<String>> {
        columns
            .iter()
            .enumerate()
            .map(|(i, col)| {
                let text = cells.get(i).map(String::as_str).unwrap_or("");
                wrap(text, col.width - 2.0 * CELL_PAD_X, col.font, self.m)
            })
            .collect()
    }

    fn row_line_height(columns: &[Column]) -> f32 {
        columns.iter().map(|c| c.font.line_height()).fold(0.0, f32::max)
    }

    fn table_header(&mut self, columns: &[Column], header: &[String]) {
        let font = style::TABLE_HEAD;
        let heads: Vec<Column> = columns.iter().map(|c| Column { width: c.width, font }).collect();
        let cells = self.wrap_row(&heads, header);
        let lines = cells.iter().map(Vec::len).max().unwrap_or(1);
        let h = lines as f32 * font.line_height() + 2.0 * CELL_PAD_Y;
        let (x, y) = (self.spec.left, self.y);
        let w: f32 = columns.iter().map(|c| c.width).sum();
        self.page().items.push(Item::Fill { x, y, w, h, gray: 0.9 });
        let mut cx = x;
        for (col, lines) in heads.iter().zip(cells) {
            for (n, line) in lines.into_iter().enumerate() {
                let top = y + CELL_PAD_Y + n as f32 * font.line_height();
                self.text(cx + CELL_PAD_X, top, font, line);
            }
            cx += col.width;
        }
        self.y += h;
        let y = self.y;
        self.hline(y, x, x + w, 0.6, 0.3);
    }

    fn table(&mut self, columns: &[Column], header: Option<&[String]>, rows: &[Vec<String>], grid: bool) {
        let lh = Self::row_line_height(columns);
        let header_h = header.map_or(0.0, |_| style::TABLE_HEAD.line_height() * 2.0 + 2.0 * CELL_PAD_Y);
        let full = self.spec.body_height() - header_h;
        let w: f32 = columns.iter().map(|c| c.width).sum();
        let x = self.spec.left;
        // The header and at least one row start together.
        let first_h = rows.first().map_or(0.0, |r| {
            let n = self.wrap_row(columns, r).iter().map(Vec::len).max().unwrap_or(1);
            (n.min(4) as f32) * lh + 2.0 * CELL_PAD_Y
        });
        self.ensure(header_h + first_h);
        if let Some(h) = header {
            self.table_header(columns, h);
        }
        for row in rows {
            let cells = self.wrap_row(columns, row);
            let n = cells.iter().map(Vec::len).max().unwrap_or(1).max(1);
            let row_h = n as f32 * lh + 2.0 * CELL_PAD_Y;
            let avail = self.bottom() - self.y;
            // Move a row that would split to the next page when it fits there whole.
            if row_h > avail && (row_h <= full || avail < lh * 2.0 + 2.0 * CELL_PAD_Y) {
                self.new_page();
                if let Some(h) = header {
                    self.table_header(columns, h);
                }
            }
            let mut done = 0;
            while done < n {
                let avail = self.bottom() - self.y - 2.0 * CELL_PAD_Y;
                let fit = ((avail / lh).floor() as usize).clamp(1, n - done);
                let top = self.y;
                let mut cx = x;
                for (col, lines) in columns.iter().zip(&cells) {
                    for (k, line) in lines.iter().skip(done).take(fit).enumerate() {
                        let line_top = top + CELL_PAD_Y + k as f32 * lh;
                        self.text(cx + CELL_PAD_X, line_top, col.font, line.clone());
                    }
                    cx += col.width;
                }
                done += fit;
                self.y += fit as f32 * lh + 2.0 * CELL_PAD_Y;
                if grid {
                    let y = self.y;
                    self.hline(y, x, x + w, 0.3, 0.75);
                }
                if done < n {
                    self.new_page();
                    if let Some(h) = header {
                        self.table_header(columns, h);
                    }
                }
            }
        }
        self.y += 6.0;
    }

    fn image(&mut self, key: usize, px_w: u32, px_h: u32, caption: &str) {
        let font = style::CAPTION;
        let lines = wrap(caption, self.spec.content_width(), font, self.m);
        let cap_h = lines.len() as f32 * font.line_height() + 4.0;
        let max_w = self.spec.content_width();
        let max_h = self.spec.body_height() - cap_h - 12.0;
        let (nat_w, nat_h) = (px_w.max(1) as f32 * PT_PER_PX, px_h.max(1) as f32 * PT_PER_PX);
        let scale = (max_w / nat_w).min(max_h / nat_h).min(1.0);
        let (w, h) = (nat_w * scale, nat_h * scale);
        self.ensure(cap_h + h + 12.0);
        for line in lines {
            let top = self.y;
            let left = self.spec.left;
            self.text(left, top, font, line);
            self.y += font.line_height();
        }
        self.y += 4.0;
        let (x, y) = (self.spec.left, self.y);
        self.page().items.push(Item::Image { key, x, y, w, h });
        // A hairline frame: a white screenshot must not melt into the page.
        let frame = [(x, y, x + w, y), (x, y + h, x + w, y + h), (x, y, x, y + h), (x + w, y, x + w, y + h)];
        for (x1, y1, x2, y2) in frame {
            self.page().items.push(Item::Line { x1, y1, x2, y2, width: 0.4, gray: 0.6 });
        }
        self.y += h + 12.0;
    }
}

/// Adds a running header (from page 2) and a footer to every page.
///
/// `footer(page, total)` gives the left and right footer texts of a page (1-based).
pub fn add_furniture(
    pages: &mut [Page],
    spec: &PageSpec,
    m: &dyn Measure,
    header: &str,
    footer: impl Fn(usize, usize) -> (String, String),
) {
    let total = pages.len();
    let font = style::FURNITURE;
    let cw = spec.content_width();
    for (i, page) in pages.iter_mut().enumerate() {
        if i > 0 && !header.is_empty() {
            let line = wrap(header, cw, font, m).into_iter().next().unwrap_or_default();
            let y = spec.top - 22.0;
            page.items.push(Item::Text { x: spec.left, y, font, text: line });
            page.items.push(Item::Line {
                x1: spec.left,
                y1: y + 4.0,
                x2: spec.left + cw,
                y2: y + 4.0,
                width: 0.3,
                gray: 0.6,
            });
        }
        let (left, right) = footer(i + 1, total);
        let right_w = m.width(&right, font);
        let y0 = spec.height - spec.bottom + 22.0;
        page.items.push(Item::Line {
            x1: spec.left,
            y1: y0 - 9.0,
            x2: spec.left + cw,
            y2: y0 - 9.0,
            width: 0.3,
            gray: 0.6,
        });
        for (n, line) in wrap(&left, cw - right_w - 16.0, font, m).into_iter().enumerate() {
            let y = y0 + n as f32 * font.line_height();
            page.items.push(Item::Text { x: spec.left, y, font, text: line });
        }
        page.items.push(Item::Text { x: spec.left + cw - right_w, y: y0, font, text: right });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// CJK one em, Latin half an em, space a third.
    struct Fixed;
    impl Measure for Fixed {
        fn advance(&self, c: char, _mono: bool) -> f32 {
            if is_cjk(c) {
                1.0
            } else if c == ' ' {
                0.33
            } else {
                0.5
            }
        }
    }

    fn no_spaces(s: &str) -> String {
        s.chars().filter(|c| !c.is_whitespace()).collect()
    }

    fn check(text: &str, width: f32, size: f32) -> Vec<String> {
        let lines = wrap(text, width, Font::regular(size), &Fixed);
        for l in &lines {
            let w = Fixed.width(l, Font::regular(size));
            assert!(w <= width + 0.001, "line {l:?} is {w} wide, more than {width}");
        }
        assert_eq!(no_spaces(&lines.concat()), no_spaces(text), "no character may be lost or reordered");
        lines
    }

    #[test]
    fn chinese_breaks_between_any_characters_and_keeps_every_one() {
        let text = "本人是贵方产品或服务的用户现依法请求贵方删除贵方处理的本人全部个人信息并书面告知处理结果";
        let lines = check(text, 100.0, 10.0);
        assert!(lines.len() > 3, "{lines:?}");
        assert_eq!(lines.concat(), text, "CJK text loses nothing, not even at breaks");
        assert!(lines.iter().take(lines.len() - 1).all(|l| l.chars().count() == 10), "{lines:?}");
    }

    #[test]
    fn latin_breaks_only_at_spaces() {
        let text = "Under Article 47 you must delete my personal information without undue delay and tell me";
        let lines = check(text, 120.0, 10.0);
        assert!(lines.len() > 2);
        let words: Vec<&str> = text.split(' ').collect();
        for l in &lines {
            for w in l.split(' ') {
                assert!(words.contains(&w), "word {w:?} was cut in {lines:?}");
            }
        }
    }

    #[test]
    fn a_word_longer_than_the_line_is_cut_at_characters() {
        let hash = "5f2b9c0e1d3a4b6c7d8e9f00112233445566778899aabbccddeeff0011223344";
        let lines = check(&format!("SHA-256 {hash}"), 90.0, 10.0);
        assert!(lines.len() >= 4, "{lines:?}");
        assert_eq!(lines[0], "SHA-256");
    }

    #[test]
    fn mixed_text_breaks_around_chinese_and_keeps_punctuation_attached() {
        let text =
            "依据《个人信息保护法》第四十七条，Taobao 应当删除。PIPL Art. 47 applies，对方逾期未答复。";
        let lines = check(text, 60.0, 10.0);
        for l in &lines {
            let first = l.chars().next().unwrap();
            assert!(!closes(first), "line starts with closing punctuation: {lines:?}");
            let last = l.chars().last().unwrap();
            assert!(!opens(last), "line ends with opening punctuation: {lines:?}");
        }
    }

    #[test]
    fn forced_breaks_and_indentation_survive() {
        let lines = check("第一行\n\n  - 手机号：13800138000", 400.0, 10.0);
        assert_eq!(lines, vec!["第一行", "", "  - 手机号：13800138000"]);
    }

    #[test]
    fn long_tables_continue_on_new_pages_with_their_header() {
        let spec = PageSpec::a4();
        let columns =
            vec![Column { width: 60.0, font: style::SMALL }, Column { width: 300.0, font: style::SMALL }];
        let rows: Vec<Vec<String>> =
            (0..200).map(|i| vec![format!("{i}"), format!("事件 {i} 的说明文字")]).collect();
        let pages = Layouter::new(spec, &Fixed).run(&[Block::Table {
            columns,
            header: Some(vec!["序号".into(), "内容".into()]),
            rows,
            grid: true,
        }]);
        assert!(pages.len() > 3);
        for p in &pages {
            assert_eq!(p.text()[0], "序号", "every page of the table starts with its header");
            for item in &p.items {
                if let Item::Text { y, .. } = item {
                    assert!(*y <= spec.height - spec.bottom, "text below the bottom margin");
                }
            }
        }
        let all: Vec<&str> = pages.iter().flat_map(|p| p.text()).collect();
        assert!(all.contains(&"199") && all.contains(&"0"), "no row is lost");
    }

    #[test]
    fn a_row_taller_than_a_page_is_split_instead_of_lost() {
        let spec = PageSpec::a4();
        let long = "很长的答复。".repeat(800);
        let pages = Layouter::new(spec, &Fixed).run(&[Block::Table {
            columns: vec![Column { width: 400.0, font: style::SMALL }],
            header: None,
            rows: vec![vec![long.clone()]],
            grid: false,
        }]);
        assert!(pages.len() >= 2);
        let text: String = pages.iter().flat_map(|p| p.text()).collect();
        assert_eq!(text, long);
    }

    #[test]
    fn images_are_scaled_into_the_text_area() {
        let spec = PageSpec::a4();
        let pages = Layouter::new(spec, &Fixed).run(&[
            Block::Image { key: 0, px_width: 1280, px_height: 800, caption: "A1".into() },
            Block::Image { key: 1, px_width: 1080, px_height: 2400, caption: "A2".into() },
        ]);
        let imgs: Vec<(f32, f32, f32, f32)> = pages
            .iter()
            .flat_map(|p| &p.items)
            .filter_map(|i| match i {
                Item::Image { x, y, w, h, .. } => Some((*x, *y, *w, *h)),
                _ => None,
            })
            .collect();
        assert_eq!(imgs.len(), 2);
        for (x, y, w, h) in imgs {
            assert!(x + w <= spec.width - spec.right + 0.01 && y + h <= spec.height - spec.bottom + 0.01);
        }
        let (_, _, w, h) = pages
            .iter()
            .flat_map(|p| &p.items)
            .find_map(|i| match i {
                Item::Image { key: 1, x, y, w, h } => Some((*x, *y, *w, *h)),
                _ => None,
            })
            .unwrap();
        assert!((w / h - 1080.0 / 2400.0).abs() < 0.01, "aspect ratio is kept");
    }
}
