use std::collections::HashSet;

fn main() {
    let word = "Mississippi";
    let mut letters: HashSet<String> = HashSet::new();
    for c in word.chars() {
        if c.is_alphabetic() {
            letters.insert(c.to_ascii_lowercase());
        }
    }
    println!("{:?}", letters);
}
