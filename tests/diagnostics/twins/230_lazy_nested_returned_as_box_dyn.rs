//! mistake: returning a flat_map chain as `Box<dyn Iterator<Item = String>>` without `Box::new` (hand-written; collects each line's words to own them)
//! offending: lines.into_iter().flat_map(|line| line.split_whitespace().map(|w| w.to_lowercase()).collect::<Vec<_>>())
fn tokens(lines: Vec<String>) -> Box<dyn Iterator<Item = String>> {
    lines.into_iter().flat_map(|line| line.split_whitespace().map(|w| w.to_lowercase()).collect::<Vec<_>>())
}

fn main() {
    let lines = vec!["Hello World".to_string(), "hello again".to_string()];
    println!("{:?}", tokens(lines).collect::<Vec<_>>());
}
