//! mistake: calls `.all(..)` on a `Vec` field, as `all(s >= 50 for s in r.scores)`, without `.iter()`
//! offending: all
//! category: python-habit
struct Student {
    name: String,
    scores: Vec<u32>,
}

fn main() {
    let rows = vec![
        Student { name: "ann".to_string(), scores: vec![70, 80] },
        Student { name: "bob".to_string(), scores: vec![40, 90] },
    ];
    let mut passed = Vec::new();
    for r in &rows {
        if r.scores.all(|s| s >= 50) {
            passed.push(r.name.as_str());
        }
    }
    println!("{passed:?}");
}
