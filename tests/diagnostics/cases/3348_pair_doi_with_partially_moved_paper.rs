//! mistake: built `(p.doi, p)` pairs, moving the DOI out of `p` before moving `p` itself
//! offending: p)
//! category: ownership
use comprehensions::comp;

#[derive(Debug)]
struct Paper {
    doi: String,
    title: String,
}

fn main() {
    let papers = vec![
        Paper { doi: "10.1145/359545.359563".into(), title: "Time, Clocks, and the Ordering of Events".into() },
        Paper { doi: "10.1145/357172.357176".into(), title: "The Byzantine Generals Problem".into() },
    ];
    let index = comp![(p.doi, p) for p in papers];
    println!("{index:?}");
}
