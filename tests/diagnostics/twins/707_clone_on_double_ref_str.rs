//! mistake: "copies" the borrowed words with `.clone()` on a `&&str`, which clones the reference, not the text
//! offending: w.clone()
//! category: lint

fn main() {
    let words: Vec<&str> = "red green blue".split(' ').collect();
    let mut copy: Vec<&str> = Vec::new();
    for w in words.iter() {
        if w.len() > 3 {
            copy.push(w.clone());
        }
    }
    println!("{copy:?}");
}
