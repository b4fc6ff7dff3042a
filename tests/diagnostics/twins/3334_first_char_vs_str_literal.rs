//! mistake: compared the title's first `char` (an `Option<char>`) with a string literal
//! offending: "A"
//! category: type
fn main() {
    let titles = vec![
        "A Mathematical Theory of Communication".to_string(),
        "On Computable Numbers".to_string(),
        "Attention Is All You Need".to_string(),
    ];
    let a_shelf: Vec<&str> = titles.iter().filter(|t| t.chars().next() == "A").map(|t| t.as_str()).collect();
    println!("{a_shelf:?}");
}
