//! mistake: Python-style (value, index) order in the .enumerate() pattern (Rust yields (index, value))
fn main() {
    let names = vec!["ann".to_string(), "bob".to_string()];
    let mut widths = Vec::new();
    for (name, i) in names.iter().enumerate() {
        widths.push(name.len() + i);
    }
    println!("{widths:?}");
}
