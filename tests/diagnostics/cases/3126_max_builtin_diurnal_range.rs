//! mistake: clamped the diurnal range with Python's two-argument `max()` builtin
//! offending: max(d.tmax - d.tmin, 0.0)
//! category: python-habit
use comprehensions::comp;

struct DailySummary {
    tmax: f64,
    tmin: f64,
}

fn main() {
    let summaries = vec![
        DailySummary { tmax: 28.4, tmin: 16.1 },
        DailySummary { tmax: 15.0, tmin: 15.2 },
    ];
    let ranges = comp![max(d.tmax - d.tmin, 0.0) for d in &summaries];
    println!("{ranges:?}");
}
