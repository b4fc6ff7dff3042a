//! mistake: keyed the token index by `w.as_str()` while the loop takes each `String` by value
//! offending: w.as_str()
//! category: ownership
use comprehensions::comp;
use std::collections::HashMap;

fn load_vocab_file() -> Vec<String> {
    "[PAD]\n[UNK]\nhello\nworld".lines().map(String::from).collect()
}

fn main() {
    let vocab_list = load_vocab_file();
    let index: HashMap<&str, usize> = comp!({w.as_str(): i for (i, w) in vocab_list.into_iter().enumerate()});
    println!("{:?}", index.get("hello"));
}
