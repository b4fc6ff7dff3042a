//! mistake: corrected device timestamps (`u64`) by a signed clock skew (`i64`) without converting
//! offending: skew_s
//! category: type
use std::collections::HashMap;

struct Sample {
    device: &'static str,
    ts: u64,
    value: f32,
}

fn main() {
    let skew: HashMap<&str, i64> = HashMap::from([("meter-a", -3), ("meter-b", 2)]);
    let samples = vec![
        Sample { device: "meter-a", ts: 1_700_000_100, value: 230.1 },
        Sample { device: "meter-b", ts: 1_700_000_101, value: 229.8 },
    ];
    let mut corrected = Vec::new();
    for s in &samples {
        if let Some(&skew_s) = skew.get(s.device) {
            corrected.push((s.ts - skew_s, s.value));
        }
    }
    println!("{corrected:?}");
}
