//! mistake: divided a `u64` millisecond duration by the float `60000.0` to get minutes
//! offending: sample.duration_ms / 60000.0
//! category: type
use comprehensions::comp;

struct ScannedFile {
    path: String,
    duration_ms: u64,
}

fn main() {
    let scanned = vec![
        ScannedFile { path: "/music/flac/01 - So What.flac".to_string(), duration_ms: 562_000 },
        ScannedFile { path: "/music/mp3/intro.mp3".to_string(), duration_ms: 42_500 },
    ];
    let minutes: Vec<(String, f64)> = comp![(sample.path.clone(), sample.duration_ms / 60000.0) for sample in &scanned];
    println!("{minutes:?}");
}
