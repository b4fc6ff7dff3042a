//! mistake: Python's f-string `f".."` in the element (hand-written)
fn main() {
    let scores = vec![("ana", 91), ("bo", 78)];
    let mut report = Vec::new();
    for (name, score) in scores {
        report.push(f"{name}: {score}");
    }
    println!("{report:?}");
}
