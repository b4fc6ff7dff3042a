//! mistake: a pandas-style `df[df.bytes >= 0]` sanity filter on an unsigned column, always true
//! offending: l.bytes >= 0
//! category: lint
struct Line {
    bytes: u32,
}

fn main() {
    let lines = vec![Line { bytes: 10 }, Line { bytes: 0 }];
    let sizes: Vec<_> = lines.iter().filter(|l| l.bytes >= 0).map(|l| l.bytes).collect();
    println!("{sizes:?}");
}
