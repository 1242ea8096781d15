//! Contact-finder benchmark (issue #17): a hostile privacy-policy page of
//! 5 MB holding 300,000 distinct e-mail addresses must be read in under 1 s
//! (release mode, 2-core machine), so a fetched page can never freeze the app.
//!
//! Run with `cargo bench --bench contacts`; `RIGHTSDESK_BENCH_RUNS` sets the
//! number of runs per page shape (default 3). Three shapes: lines of 20
//! addresses, the whole page on one line, and the same as HTML through
//! `page_text` first.

use rightsdesk::policy::{extract_contacts, page_text};
use std::time::{Duration, Instant};

const ADDRESSES: usize = 300_000;
const PAGE_BYTES: usize = 5 * 1024 * 1024;
const GOAL: Duration = Duration::from_secs(1);

/// 300,000 distinct addresses, `per_line` to a line (0: one line), padded with
/// prose to 5 MB.
fn page(per_line: usize) -> String {
    let mut page = String::with_capacity(PAGE_BYTES + 64);
    for i in 0..ADDRESSES {
        page.push_str(&format!("u{i:06}@e{}.cn", i % 100));
        page.push(if per_line > 0 && (i + 1) % per_line == 0 { '\n' } else { ' ' });
    }
    let filler = "请通过以下方式联系我们的个人信息保护负责人 ";
    while page.len() + filler.len() <= PAGE_BYTES {
        page.push_str(filler);
    }
    page
}

fn html(text: &str) -> String {
    let mut out = String::from("<html><head><title>Privacy</title></head><body><h2>联系我们</h2>");
    for line in text.lines() {
        out.push_str("<p>");
        out.push_str(line);
        out.push_str("</p>");
    }
    out.push_str("</body></html>");
    out
}

fn main() {
    let runs: usize = std::env::var("RIGHTSDESK_BENCH_RUNS").ok().and_then(|v| v.parse().ok()).unwrap_or(3);
    let lines = page(20);
    let one_line = page(0);
    let as_html = html(&lines);
    let mut worst = Duration::ZERO;
    let shapes: [(&str, &dyn Fn() -> usize, usize); 3] = [
        ("lines of 20", &|| extract_contacts(&lines).len(), lines.len()),
        ("one line", &|| extract_contacts(&one_line).len(), one_line.len()),
        (
            "html + page_text",
            &|| extract_contacts(&page_text(as_html.as_bytes(), Some("text/html; charset=utf-8")).text).len(),
            as_html.len(),
        ),
    ];
    for (name, run, bytes) in shapes {
        let mut best = Duration::MAX;
        let mut kept = 0;
        for _ in 0..runs.max(1) {
            let started = Instant::now();
            kept = run();
            let took = started.elapsed();
            best = best.min(took);
            worst = worst.max(took);
        }
        println!(
            "contacts/{name}: {:.3} s best of {runs} ({:.1} MB, {ADDRESSES} addresses, {kept} kept)  goal < {:.0} s",
            best.as_secs_f64(),
            bytes as f64 / (1024.0 * 1024.0),
            GOAL.as_secs_f64()
        );
    }
    println!(
        "contacts: slowest run {:.3} s  goal < {:.0} s  {}",
        worst.as_secs_f64(),
        GOAL.as_secs_f64(),
        if worst < GOAL { "met" } else { "MISSED" }
    );
}
