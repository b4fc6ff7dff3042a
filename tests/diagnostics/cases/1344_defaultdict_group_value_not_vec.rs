//! mistake: a `defaultdict(list)` grouping written as a dict comprehension whose value is the word itself, into a `HashMap<char, Vec<&str>>` field
//! offending: word
//! category: python-habit
use comprehensions::comp;
use std::collections::HashMap;

struct Glossary<'a> {
    by_letter: HashMap<char, Vec<&'a str>>,
}

impl<'a> Glossary<'a> {
    fn new(words: &[&'a str]) -> Self {
        Glossary { by_letter: comp!({word.chars().next().unwrap(): word for word in words}) }
    }
}

fn main() {
    let g = Glossary::new(&["apple", "avocado", "banana"]);
    println!("{:?}", g.by_letter);
}
