//! mistake: multiplied an `f32` category weight by an `f64` score
//! offending: a.score
//! category: type
use comprehensions::comp;

struct Assignment {
    category_weight: f32,
    score: f64,
}

fn main() {
    let gradebook = vec![
        Assignment { category_weight: 0.4, score: 88.0 },
        Assignment { category_weight: 0.6, score: 74.5 },
    ];
    let weighted = comp![a.category_weight * a.score for a in &gradebook];
    println!("{weighted:?}");
}
