//! mistake: wrote the `let` binding clause with `==` instead of `=`
//! offending: ==
//! category: syntax

fn main() {
    let raw = vec!["  Yes ", "NO", " maybe  "];
    let mut answers = Vec::new();
    for r in &raw {
        let norm == r.trim().to_lowercase();
        if !norm.is_empty() {
            answers.push(norm);
        }
    }
    println!("{answers:?}");
}
