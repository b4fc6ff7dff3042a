//! mistake: match arms whose comprehensions have different element types (String vs &String)
//! offending: words.iter().collect::<Vec<_>>()
//! category: type
fn main() {
    let words: Vec<String> = vec!["Hello".into(), "World".into()];
    let mode = std::env::args().nth(1).unwrap_or_default();
    let out = match mode.as_str() {
        "upper" => words.iter().map(|w| w.to_uppercase()).collect::<Vec<_>>(),
        "lower" => words.iter().map(|w| w.to_lowercase()).collect::<Vec<_>>(),
        _ => words.iter().collect::<Vec<_>>(),
    };
    println!("{out:?}");
}
