//! mistake: comparing a &&str loop variable (iterating &Vec<&str>) with a &str literal
fn main() {
    let words = vec!["the", "cat", "sat"];
    let mut lengths = Vec::new();
    for w in &words {
        if w != "the" {
            lengths.push(w.len());
        }
    }
    println!("{lengths:?}");
}
