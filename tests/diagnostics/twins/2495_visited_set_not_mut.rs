//! mistake: deduplicated stops with a `visited` set declared without `mut`
//! offending: visited
//! category: ownership
use std::collections::HashSet;

fn main() {
    let scans = vec![("P-1", "HUB-LYS"), ("P-2", "HUB-CDG"), ("P-1", "HUB-LYS")];
    let visited = HashSet::new();
    let first_scans: Vec<_> = scans.iter().filter(|(p, _)| visited.insert(*p)).map(|(p, hub)| (p, hub)).collect();
    println!("{first_scans:?}");
}
