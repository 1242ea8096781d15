//! Evidence PDF benchmark (issue #6): a 200-event case with 10 screenshots.
//!
//! Goal: at most 1 s per export and at most 300 KB plus the images, in release
//! mode on a 2-core machine. Run with `cargo bench --bench evidence`; set
//! `RIGHTSDESK_BENCH_RUNS` to change the number of exports (default 10) and
//! `RIGHTSDESK_BENCH_OUT` to keep the last PDF.

use chrono::NaiveDate;
use rightsdesk::api::{self, DraftInput, EvidenceOptions, ExportTarget, LogInput, SendInput};
use rightsdesk::clock::Now;
use rightsdesk::evidence::raster;
use rightsdesk::holder::{HolderFields, HolderKind};
use rightsdesk::i18n::Locale;
use rightsdesk::jurisdiction::Jurisdiction;
use rightsdesk::request::{DeliveryChannel, EventKind, RequestKind};
use rightsdesk::store::{DB_FILE_NAME, Store};
use std::path::Path;
use std::time::{Duration, Instant};

/// A 1280×800 screenshot-like picture: a title bar, text lines, a button, a photo-ish block.
fn screenshot(seed: u32) -> Vec<u8> {
    let (w, h) = (1280usize, 800usize);
    let mut px = vec![255u8; w * h * 3];
    let mut rng = seed.wrapping_mul(2_654_435_761).max(1);
    let mut next = move || {
        rng ^= rng << 13;
        rng ^= rng >> 17;
        rng ^= rng << 5;
        rng
    };
    let mut fill = |x0: usize, y0: usize, x1: usize, y1: usize, c: [u8; 3]| {
        for y in y0..y1.min(h) {
            for x in x0..x1.min(w) {
                px[(y * w + x) * 3..(y * w + x) * 3 + 3].copy_from_slice(&c);
            }
        }
    };
    fill(0, 0, w, 64, [0x1f, 0x6f, 0xeb]);
    let mut y = 100;
    while y < 640 {
        let mut x = 48;
        let end = 600 + (next() as usize % 560);
        while x < end {
            let word = 8 + next() as usize % 60;
            fill(x, y, x + word, y + 14, [0x33, 0x33, 0x33]);
            x += word + 10;
        }
        y += 30;
    }
    fill(48, 680, 300, 740, [0xe6, 0x3b, 0x2e]);
    for yy in 100..400 {
        for xx in 900..1200 {
            let v = ((xx * 7 + yy * 3 + seed as usize * 11) % 200) as u8;
            px[(yy * w + xx) * 3..(yy * w + xx) * 3 + 3].copy_from_slice(&[v, 255 - v, v / 2]);
        }
    }
    let mut out = Vec::new();
    let mut enc = png::Encoder::new(&mut out, w as u32, h as u32);
    enc.set_color(png::ColorType::Rgb);
    enc.set_depth(png::BitDepth::Eight);
    let mut writer = enc.write_header().expect("png header");
    writer.write_image_data(&px).expect("png data");
    writer.finish().expect("png end");
    out
}

fn date(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").expect("date")
}

fn build_case(dir: &Path) -> (Store, rightsdesk::ids::RequestId, Vec<Vec<u8>>) {
    let mut store = Store::open(&dir.join(DB_FILE_NAME)).expect("store");
    let now = Now::fixed(date("2026-01-05"));
    let holder = api::add_holder(
        &store,
        HolderFields {
            name: "Taobao".into(),
            name_zh: Some("淘宝".into()),
            operator: Some("浙江淘宝网络有限公司".into()),
            jurisdiction: Some(Jurisdiction::Cn),
            kind: Some(HolderKind::Ecommerce),
            email: Some("privacy@example.cn".into()),
            address: Some("浙江省杭州市余杭区文一西路969号".into()),
            ..Default::default()
        },
        &now,
    )
    .expect("holder");
    let req = api::create_request(
        &mut store,
        &DraftInput {
            holder_id: holder.id,
            kind: RequestKind::Deletion,
            jurisdiction: None,
            language: Locale::ZhCn,
            reason: None,
            ground: None,
            correction: None,
            letter_date: Some(date("2026-01-05")),
            identifiers: None,
            parent_id: None,
            sender: None,
        },
        &now,
    )
    .expect("request");
    let id = req.request.id;
    api::mark_sent(
        &mut store,
        id,
        &SendInput {
            date: date("2026-01-05"),
            channel: Some(DeliveryChannel::Post),
            tracking: Some("EMS1234567890CN".into()),
        },
        &now,
    )
    .expect("send");
    let mut images = Vec::new();
    let mut day = date("2026-01-06");
    // 2 events so far; 198 more make 200.
    for n in 0..198 {
        let (kind, text) = match n % 4 {
            0 => (
                EventKind::Note,
                format!("第 {n} 次致电客服，对方表示已记录，但未给出处理时限。Called support again (#{n})."),
            ),
            1 => (EventKind::ReplyReceived, "您好，您的请求已收到，我们正在处理中，请耐心等待。".repeat(3)),
            2 => (EventKind::Acknowledged, format!("Ticket {n}: we have received your request.")),
            _ => (EventKind::Note, "再次在应用内提交删除请求，页面显示“提交成功”。".to_string()),
        };
        let mut files = Vec::new();
        if n % 20 == 1 {
            let bytes = screenshot(n);
            let path = dir.join(format!("screenshot-{n}.png"));
            std::fs::write(&path, &bytes).expect("write screenshot");
            images.push(bytes);
            files.push(path);
        }
        api::log_event(&mut store, id, &LogInput { kind, date: day, text, files }, &now).expect("log");
        if n % 3 == 2 {
            day = day.succ_opt().expect("date");
        }
    }
    (store, id, images)
}

fn main() {
    let runs: usize = std::env::var("RIGHTSDESK_BENCH_RUNS").ok().and_then(|v| v.parse().ok()).unwrap_or(10);
    let dir = tempfile::tempdir().expect("temp dir");
    let (store, id, images) = build_case(dir.path());
    let now = Now::fixed(date("2026-03-30"));
    let options = EvidenceOptions { locale: Locale::ZhCn, sender: None };

    let mut times = Vec::new();
    let mut pdf = Vec::new();
    for _ in 0..runs.max(1) {
        let t = Instant::now();
        pdf = api::export_evidence(&store, ExportTarget::Request(id), &options, &now).expect("export");
        times.push(t.elapsed());
    }
    times.sort();
    let median = times[times.len() / 2];
    let files: usize = images.iter().map(Vec::len).sum();
    let embedded: usize = images.iter().map(|b| raster::picture(b).expect("png").data.len()).sum();
    let events = api::get_request(&store, id, &now).expect("detail").events.len();
    if let Some(out) = std::env::var_os("RIGHTSDESK_BENCH_OUT") {
        std::fs::write(out, &pdf).expect("write pdf");
    }
    let kb = |n: usize| n as f64 / 1024.0;
    let ms = |d: Duration| d.as_secs_f64() * 1000.0;
    println!(
        "evidence export: {events} events, {} images of 1280x800 ({:.1} KB as files)",
        images.len(),
        kb(files)
    );
    println!(
        "time: median {:.1} ms, min {:.1} ms, max {:.1} ms over {} run(s) (goal <= 1000 ms)",
        ms(median),
        ms(times[0]),
        ms(*times.last().expect("a run")),
        times.len()
    );
    println!(
        "size: {:.1} KB total, {:.1} KB of image data, {:.1} KB without the images (goal <= 300 KB)",
        kb(pdf.len()),
        kb(embedded),
        kb(pdf.len().saturating_sub(embedded))
    );
}
