//! mistake: bound the latency in seconds with a `let` clause to filter on, then filtered on the milliseconds and never used it
//! offending: secs
//! category: lint
struct Timed {
    url: String,
    elapsed_ms: u64,
}

fn main() {
    let timings = vec![
        Timed { url: "https://api.example.com/slow".into(), elapsed_ms: 1200 },
        Timed { url: "https://api.example.com/fast".into(), elapsed_ms: 80 },
    ];
    let mut slow: Vec<&str> = Vec::new();
    for t in &timings {
        let secs = t.elapsed_ms as f64 / 1000.0;
        if t.elapsed_ms > 500 {
            slow.push(t.url.as_str());
        }
    }
    println!("slow endpoints: {slow:?}");
}
