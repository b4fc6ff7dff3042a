//! mistake: returning a nested lazy comprehension (a flatten over owned lines) as `Box<dyn Iterator<Item = String>>` without `Box::new`
//! offending: comp!(move (w.to_lowercase() for line in lines for w in line.split_whitespace()))
//! category: type
use comprehensions::comp;

fn tokens(lines: Vec<String>) -> Box<dyn Iterator<Item = String>> {
    // Python: return (w.lower() for line in lines for w in line.split())
    comp!(move (w.to_lowercase() for line in lines for w in line.split_whitespace()))
}

fn main() {
    let lines = vec!["Hello World".to_string(), "hello again".to_string()];
    println!("{:?}", tokens(lines).collect::<Vec<_>>());
}
