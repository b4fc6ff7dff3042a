//! mistake: Python's `for i, name in enumerate(names)` kept although i is never used
//! offending: i
//! category: lint
fn main() {
    let names = vec!["ann".to_string(), "bob".to_string()];
    let greet: Vec<String> = names.iter().enumerate().map(|(i, name)| format!("hi {name}")).collect();
    println!("{greet:?}");
}
