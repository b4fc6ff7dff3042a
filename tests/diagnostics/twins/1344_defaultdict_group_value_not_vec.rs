//! mistake: a `defaultdict(list)` grouping written as a loop inserting the word itself as the value, into a `HashMap<char, Vec<&str>>`
//! offending: word
//! category: python-habit
use std::collections::HashMap;

struct Glossary<'a> {
    by_letter: HashMap<char, Vec<&'a str>>,
}

impl<'a> Glossary<'a> {
    fn new(words: &[&'a str]) -> Self {
        let mut by_letter: HashMap<char, Vec<&'a str>> = HashMap::new();
        for word in words {
            by_letter.insert(word.chars().next().unwrap(), word);
        }
        Glossary { by_letter }
    }
}

fn main() {
    let g = Glossary::new(&["apple", "avocado", "banana"]);
    println!("{:?}", g.by_letter);
}
