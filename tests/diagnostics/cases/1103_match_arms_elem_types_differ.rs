//! mistake: match arms whose comprehensions have different element types (String vs &String)
//! offending: comp![w for w in &words]
//! category: type
use comprehensions::comp;

fn main() {
    let words: Vec<String> = vec!["Hello".into(), "World".into()];
    let mode = std::env::args().nth(1).unwrap_or_default();
    let out = match mode.as_str() {
        "upper" => comp![w.to_uppercase() for w in &words],
        "lower" => comp![w.to_lowercase() for w in &words],
        _ => comp![w for w in &words],
    };
    println!("{out:?}");
}
