//! mistake: called `split()` without a separator, as Python's `str.split()` splits on whitespace
//! offending: split()
//! category: python-habit
use comprehensions::comp;

struct Doc {
    text: String,
}

impl Doc {
    fn word_lengths(&self) -> Vec<usize> {
        comp![w.len() for w in self.text.split() if !w.is_empty()]
    }
}

fn main() {
    let d = Doc { text: "to be  or not".into() };
    println!("{:?}", d.word_lengths());
}
