//! mistake: the conditional element yields the borrowed `&String` in one branch and a new `String` in the other
//! offending: format!("{}...", &t[..10])
//! category: type
use comprehensions::comp;

fn main() {
    let titles = vec!["Short".to_string(), "A rather long article title".to_string()];
    // Python: labels = [t if len(t) <= 10 else t[:10] + "..." for t in titles]
    let labels = comp![t if t.len() <= 10 else format!("{}...", &t[..10]) for t in &titles];
    println!("{labels:?}");
}
