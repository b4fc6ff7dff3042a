//! mistake: paired names with scores using Python's builtin `zip(..)` without importing it
//! offending: zip
//! category: python-habit
fn main() {
    let names = vec!["Hana", "Ivo", "Jae"];
    let midterm = vec![81u32, 67, 94];
    let mut passing = Vec::new();
    for (name, score) in zip(&names, &midterm) {
        if *score >= 70 {
            passing.push(name);
        }
    }
    println!("{passing:?}");
}
