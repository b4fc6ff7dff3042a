//! mistake: deduplicated stops with a `visited` set declared without `mut`
//! offending: visited
//! category: ownership
use comprehensions::comp;
use std::collections::HashSet;

fn main() {
    let scans = vec![("P-1", "HUB-LYS"), ("P-2", "HUB-CDG"), ("P-1", "HUB-LYS")];
    let visited = HashSet::new();
    let first_scans = comp![(p, hub) for (p, hub) in &scans if visited.insert(*p)];
    println!("{first_scans:?}");
}
