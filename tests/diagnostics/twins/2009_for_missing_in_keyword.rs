//! mistake: left out `in` in the loop clause while typing `for w text.split_whitespace()`
//! offending: text
//! category: syntax
fn main() {
    let text = "one two three";
    let mut lens: Vec<usize> = Vec::new();
    for w text.split_whitespace() {
        lens.push(w.len());
    }
    println!("{lens:?}");
}
