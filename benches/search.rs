//! Search-as-you-type benchmark (issue #21): the whole built-in directory searched once per
//! keystroke, by Chinese, English and pinyin (full and initials).
//!
//! Goal: every keystroke under 10 ms, in release mode on a 2-core machine. Run with
//! `cargo bench --bench search`; `RIGHTSDESK_BENCH_RUNS` sets the repetitions (default 20).

use rightsdesk::directory::Directory;
use std::time::{Duration, Instant};

const GOAL: Duration = Duration::from_millis(10);

fn main() {
    let runs: usize = std::env::var("RIGHTSDESK_BENCH_RUNS").ok().and_then(|v| v.parse().ok()).unwrap_or(20);
    let t = Instant::now();
    let dir = Directory::builtin();
    println!("directory: {} entries, loaded with pinyin keys in {:?}", dir.entries().len(), t.elapsed());
    let typed = ["taobao", "tb", "meituan", "mt", "淘宝", "weixin", "spotify"];
    let mut worst = Duration::ZERO;
    for word in typed {
        // Every prefix of the word, as the search box sees it while typing.
        let prefixes: Vec<String> =
            word.char_indices().map(|(i, c)| word[..i + c.len_utf8()].to_string()).collect();
        let mut slowest = Duration::ZERO;
        let mut first_hit = String::new();
        for _ in 0..runs {
            for p in &prefixes {
                let t = Instant::now();
                let hits = dir.search(p, 20);
                let took = t.elapsed();
                slowest = slowest.max(took);
                if p == word {
                    first_hit = hits.first().map(|h| h.entry.id.clone()).unwrap_or_default();
                }
            }
        }
        worst = worst.max(slowest);
        println!("  {word:<10} slowest keystroke {slowest:>10.3?}  first hit {first_hit}");
    }
    let verdict = if worst <= GOAL { "met" } else { "MISSED" };
    println!("directory search per keystroke: worst {worst:.3?} (goal under {GOAL:?}): {verdict}");
}
