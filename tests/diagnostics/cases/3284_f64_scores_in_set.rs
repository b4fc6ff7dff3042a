//! mistake: collected `f64` ranking scores into a set, which needs `Eq + Hash`
//! offending: p.score
//! category: type
use comprehensions::comp;

struct Post {
    score: f64,
}

fn main() {
    let posts = vec![Post { score: 0.91 }, Post { score: 0.42 }, Post { score: 0.91 }];
    let distinct_scores = comp!({p.score for p in &posts});
    println!("{} distinct scores", distinct_scores.len());
}
