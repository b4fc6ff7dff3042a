//! mistake: compared the title's first `char` (an `Option<char>`) with a string literal
//! offending: "A"
//! category: type
use comprehensions::comp;

fn main() {
    let titles = vec![
        "A Mathematical Theory of Communication".to_string(),
        "On Computable Numbers".to_string(),
        "Attention Is All You Need".to_string(),
    ];
    let a_shelf = comp![t.as_str() for t in &titles if t.chars().next() == "A"];
    println!("{a_shelf:?}");
}
