//! mistake: summed each day's rainfall with Python's `sum()` builtin around a generator
//! offending: sum(d.hours.iter().map(|h| h.rain_mm))
//! category: python-habit

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
    let totals: Vec<(&str, f32)> = days
        .iter()
        .map(|d| (d.date, sum(d.hours.iter().map(|h| h.rain_mm))))
        .collect();
    println!("{totals:?}");
}
