//! mistake: collected `f64` ranking scores into a set, which needs `Eq + Hash`
//! offending: insert
//! category: type
use std::collections::HashSet;

struct Post {
    score: f64,
}

fn main() {
    let posts = vec![Post { score: 0.91 }, Post { score: 0.42 }, Post { score: 0.91 }];
    let mut distinct_scores = HashSet::new();
    for p in &posts {
        distinct_scores.insert(p.score);
    }
    println!("{} distinct scores", distinct_scores.len());
}
