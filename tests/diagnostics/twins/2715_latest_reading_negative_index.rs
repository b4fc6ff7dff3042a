//! mistake: took each sensor's latest reading with Python's negative index `h[-1]`
//! offending: h[-1]
//! category: python-habit
struct Reading {
    ts: u64,
    celsius: f64,
}

fn main() {
    let history: Vec<(String, Vec<Reading>)> = vec![
        ("boiler".to_string(), vec![Reading { ts: 1_700_000_000, celsius: 61.5 }, Reading { ts: 1_700_000_060, celsius: 63.0 }]),
        ("attic".to_string(), vec![Reading { ts: 1_700_000_030, celsius: 18.2 }]),
    ];
    let mut latest = Vec::new();
    for (name, h) in &history {
        if !h.is_empty() {
            latest.push((name, h[-1].ts, h[-1].celsius));
        }
    }
    for (name, ts, c) in latest {
        println!("{name} @ {ts}: {c:.1} °C");
    }
}
