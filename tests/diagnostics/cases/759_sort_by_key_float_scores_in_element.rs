//! mistake: sorts `f64` scores descending with `sort_by_key(|x| -x)`, as `sorted(scores, key=lambda x: -x)`, `f64` not being `Ord`
//! offending: sort_by_key
//! category: type
use comprehensions::comp;

struct Team {
    scores: Vec<f64>,
}

fn main() {
    let teams = vec![Team { scores: vec![1.5, 3.0, 2.0] }];
    let ranked = comp![{ let mut s = t.scores.clone(); s.sort_by_key(|x| -x); s } for t in &teams];
    println!("{ranked:?}");
}
