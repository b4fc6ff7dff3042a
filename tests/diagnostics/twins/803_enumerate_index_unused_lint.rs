//! mistake: Python's `for i, name in enumerate(names)` kept while the index is unused
fn main() {
    let names = vec!["ann", "bob"];
    let mut greetings = Vec::new();
    for (i, name) in names.iter().enumerate() {
        greetings.push(format!("hi {name}"));
    }
    println!("{greetings:?}");
}
