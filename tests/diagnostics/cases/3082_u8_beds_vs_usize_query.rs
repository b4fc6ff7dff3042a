//! mistake: compared the `u8` bedroom count with a `usize` search parameter
//! offending: min_beds
//! category: type
use comprehensions::comp;

struct Listing {
    mls: String,
    beds: u8,
}

struct Query {
    min_beds: usize,
}

fn main() {
    let listings = vec![
        Listing { mls: "OR-3".into(), beds: 4 },
        Listing { mls: "OR-4".into(), beds: 1 },
    ];
    let q = Query { min_beds: 3 };
    let min_beds = q.min_beds;
    let hits = comp![l.mls.as_str() for l in &listings if l.beds >= min_beds];
    println!("{hits:?}");
}
