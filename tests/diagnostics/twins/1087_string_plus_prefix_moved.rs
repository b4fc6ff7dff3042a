//! mistake: Python's string concatenation prefix + name with an owned String prefix
//! offending: prefix
//! category: ownership
fn main() {
    let prefix = String::from("user_");
    let names = vec!["ann", "bob"];
    let mut ids = Vec::new();
    for name in &names {
        ids.push(prefix + name);
    }
    println!("{ids:?}");
}
