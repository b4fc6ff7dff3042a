//! mistake: clamped the diurnal range with Python's two-argument `max()` builtin
//! offending: max(d.tmax - d.tmin, 0.0)
//! category: python-habit

struct DailySummary {
    tmax: f64,
    tmin: f64,
}

fn main() {
    let summaries = vec![
        DailySummary { tmax: 28.4, tmin: 16.1 },
        DailySummary { tmax: 15.0, tmin: 15.2 },
    ];
    let ranges: Vec<f64> = summaries.iter().map(|d| max(d.tmax - d.tmin, 0.0)).collect();
    println!("{ranges:?}");
}
