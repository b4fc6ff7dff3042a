//! mistake: a set of `f64` scores, as Python's `{r.score for r in rows}` (pandas `unique()`)
//! offending: r.score
//! category: type
use comprehensions::comp;

struct Row {
    id: u32,
    score: f64,
}

fn main() {
    let rows = vec![Row { id: 1, score: 0.5 }, Row { id: 2, score: 0.5 }];
    let unique = comp!({r.score for r in &rows});
    println!("{} {}", rows[0].id, unique.len());
}
