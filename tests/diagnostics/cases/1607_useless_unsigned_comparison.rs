//! mistake: a pandas-style `df[df.bytes >= 0]` sanity filter on an unsigned column, always true
//! offending: l.bytes >= 0
//! category: lint
use comprehensions::comp;

struct Line {
    bytes: u32,
}

fn main() {
    let lines = vec![Line { bytes: 10 }, Line { bytes: 0 }];
    let sizes = comp![l.bytes for l in &lines if l.bytes >= 0];
    println!("{sizes:?}");
}
