//! mistake: Python-style (value, index) order in the .enumerate() pattern (Rust yields (index, value))
//! offending: name.len()
//! category: type
use comprehensions::comp;

fn main() {
    let names = vec!["ann".to_string(), "bob".to_string()];
    let widths = comp![name.len() + i for (name, i) in names.iter().enumerate()];
    println!("{widths:?}");
}
