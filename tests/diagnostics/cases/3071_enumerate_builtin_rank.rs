//! mistake: numbered the search results with Python's `enumerate(..)` function
//! offending: enumerate(&ranked)
//! category: python-habit
use comprehensions::comp;

struct Listing {
    mls: String,
    score: f32,
}

fn main() {
    let ranked = vec![
        Listing { mls: "CA-77".into(), score: 0.93 },
        Listing { mls: "CA-12".into(), score: 0.88 },
        Listing { mls: "CA-40".into(), score: 0.71 },
    ];
    let rows = comp![format!("#{} {} ({:.2})", i + 1, l.mls, l.score) for (i, l) in enumerate(&ranked)];
    println!("{rows:#?}");
}
