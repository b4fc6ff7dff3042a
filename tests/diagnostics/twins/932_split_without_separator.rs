//! mistake: called `split()` without a separator, as Python's `str.split()` splits on whitespace
//! offending: split()
//! category: python-habit
struct Doc {
    text: String,
}

impl Doc {
    fn word_lengths(&self) -> Vec<usize> {
        self.text.split().filter(|w| !w.is_empty()).map(|w| w.len()).collect()
    }
}

fn main() {
    let d = Doc { text: "to be  or not".into() };
    println!("{:?}", d.word_lengths());
}
