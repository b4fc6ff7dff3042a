//! mistake: JavaScript's `for s of names` in a loop
//! offending: of
//! category: syntax

fn main() {
    let names = vec!["ann".to_string(), "bob".to_string()];
    let mut lens = Vec::new();
    for s of &names {
        lens.push(s.len());
    }
    println!("{lens:?}");
}
