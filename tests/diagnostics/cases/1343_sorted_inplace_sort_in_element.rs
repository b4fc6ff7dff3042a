//! mistake: Python's `[sorted(g.scores) for g in groups]` ported as `g.scores.clone().sort()`, which sorts in place and returns `()`
//! offending: g.scores.clone().sort()
//! category: python-habit
use comprehensions::comp;

struct Group {
    name: String,
    scores: Vec<i32>,
}

fn main() {
    let groups = vec![Group { name: "a".into(), scores: vec![3, 1, 2] }];
    let sorted_scores: Vec<Vec<i32>> = comp![g.scores.clone().sort() for g in &groups];
    println!("{} {:?}", groups[0].name, sorted_scores);
}
