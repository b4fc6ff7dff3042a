//! mistake: keyed the token index by `w.as_str()` while the loop takes each `String` by value
//! offending: w
//! category: ownership
use std::collections::HashMap;

fn load_vocab_file() -> Vec<String> {
    "[PAD]\n[UNK]\nhello\nworld".lines().map(String::from).collect()
}

fn main() {
    let vocab_list = load_vocab_file();
    let mut index: HashMap<&str, usize> = HashMap::new();
    for (i, w) in vocab_list.into_iter().enumerate() {
        index.insert(w.as_str(), i);
    }
    println!("{:?}", index.get("hello"));
}
