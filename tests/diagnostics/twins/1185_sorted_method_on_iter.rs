//! mistake: `.sorted()` on a std iterator in a loop
//! offending: sorted()
//! category: python-habit

fn main() {
    let scores = vec![("bob", 7), ("ann", 9)];
    let mut ranked = Vec::new();
    for (name, score) in scores.iter().sorted() {
        ranked.push(format!("{name}: {score}"));
    }
    println!("{ranked:?}");
}
