//! mistake: deduplicated alerts with `seen.insert(..)` in the filter but declared `seen` without `mut`
//! offending: seen.insert
//! category: ownership
use std::collections::HashSet;

struct Alert {
    src: &'static str,
    sig: &'static str,
}

fn main() {
    let alerts = vec![
        Alert { src: "45.9.148.3", sig: "ET SCAN" },
        Alert { src: "45.9.148.3", sig: "ET SCAN" },
        Alert { src: "91.240.118.172", sig: "ET POLICY" },
    ];
    let seen: HashSet<(&str, &str)> = HashSet::new();
    let mut unique = Vec::new();
    for a in &alerts {
        if seen.insert((a.src, a.sig)) {
            unique.push(a.sig);
        }
    }
    println!("{unique:?}");
}
