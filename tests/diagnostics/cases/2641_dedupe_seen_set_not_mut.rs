//! mistake: deduplicated recurring event ids with a `seen.insert(..)` filter on a set not declared `mut`
//! offending: seen
//! category: ownership
use comprehensions::comp;
use std::collections::HashSet;

struct Occurrence {
    series_id: u32,
    date: &'static str,
}

fn main() {
    let occurrences = vec![
        Occurrence { series_id: 7, date: "2024-05-06" },
        Occurrence { series_id: 7, date: "2024-05-13" },
        Occurrence { series_id: 9, date: "2024-05-07" },
    ];
    let seen: HashSet<u32> = HashSet::new();
    let first_dates = comp![(o.series_id, o.date) for o in &occurrences if seen.insert(o.series_id)];
    println!("{first_dates:?}");
}
