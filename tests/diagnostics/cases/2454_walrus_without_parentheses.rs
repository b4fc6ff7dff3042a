//! mistake: wrote the walrus in the filter without its parentheses
//! offending: avg := mean(&s.scores)
//! category: syntax
use comprehensions::comp;

struct Student {
    name: &'static str,
    scores: Vec<f64>,
}

fn mean(xs: &[f64]) -> f64 {
    xs.iter().sum::<f64>() / xs.len().max(1) as f64
}

fn main() {
    let students = vec![
        Student { name: "Ezra", scores: vec![95.0, 91.0] },
        Student { name: "Fern", scores: vec![70.0, 88.0] },
    ];
    let distinction = comp![(s.name, avg) for s in &students if avg := mean(&s.scores) > 90.0];
    println!("{distinction:?}");
}
