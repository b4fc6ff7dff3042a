//! mistake: a set of `f64` scores, as Python's `{r.score for r in rows}` (pandas `unique()`)
//! offending: collect::<HashSet<_>>()
//! category: type
use std::collections::HashSet;

struct Row {
    id: u32,
    score: f64,
}

fn main() {
    let rows = vec![Row { id: 1, score: 0.5 }, Row { id: 2, score: 0.5 }];
    let unique = rows.iter().map(|r| r.score).collect::<HashSet<_>>();
    println!("{} {}", rows[0].id, unique.len());
}
