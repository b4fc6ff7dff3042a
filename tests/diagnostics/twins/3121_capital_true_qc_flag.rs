//! mistake: compared a quality-control flag with Python's `True`
//! offending: True
//! category: python-habit

struct Sample {
    ts: u64,
    pressure_hpa: f64,
    qc_passed: bool,
}

fn main() {
    let samples = vec![
        Sample { ts: 1_700_000_000, pressure_hpa: 1013.2, qc_passed: true },
        Sample { ts: 1_700_000_600, pressure_hpa: 870.0, qc_passed: false },
    ];
    let good: Vec<(u64, f64)> = samples
        .iter()
        .filter(|s| s.qc_passed == True)
        .map(|s| (s.ts, s.pressure_hpa))
        .collect();
    println!("{good:?}");
}
