//! mistake: deduplicated station reports with `seen.insert(..)` on a set not declared `mut`
//! offending: seen.insert(r.station)
//! category: ownership
use comprehensions::comp;
use std::collections::HashSet;

struct Report {
    station: &'static str,
    visibility_m: u32,
}

fn main() {
    let reports = vec![
        Report { station: "RJTT", visibility_m: 9999 },
        Report { station: "RJTT", visibility_m: 8000 },
        Report { station: "RJAA", visibility_m: 3000 },
    ];
    let seen: HashSet<&str> = HashSet::new();
    let latest = comp![(r.station, r.visibility_m) for r in &reports if seen.insert(r.station)];
    println!("{latest:?}");
}
