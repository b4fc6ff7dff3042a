//! mistake: the `if` yields the borrowed `&String` in one branch and a new `String` in the other
//! offending: format!("{}...", &t[..10])
//! category: type
fn main() {
    let titles = vec!["Short".to_string(), "A rather long article title".to_string()];
    let mut labels = Vec::new();
    for t in &titles {
        labels.push(if t.len() <= 10 { t } else { format!("{}...", &t[..10]) });
    }
    println!("{labels:?}");
}
