//! mistake: summed each day's rainfall with Python's `sum()` builtin around a generator
//! offending: sum(h.rain_mm for h in &d.hours)
//! category: python-habit
use comprehensions::comp;

struct Hour {
    rain_mm: f32,
}

struct Day {
    date: &'static str,
    hours: Vec<Hour>,
}

fn main() {
    let days = vec![
        Day { date: "2024-03-01", hours: vec![Hour { rain_mm: 0.2 }, Hour { rain_mm: 1.4 }] },
        Day { date: "2024-03-02", hours: vec![Hour { rain_mm: 0.0 }, Hour { rain_mm: 0.0 }] },
    ];
    let totals = comp![(d.date, sum(h.rain_mm for h in &d.hours)) for d in &days];
    println!("{totals:?}");
}
