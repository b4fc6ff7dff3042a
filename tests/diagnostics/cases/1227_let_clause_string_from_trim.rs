//! mistake: a typed `let` clause `let w: String = line.trim()`: `trim` gives a `&str`, as Python's `str.strip()` never made a difference
//! offending: line.trim()
//! category: type
use comprehensions::comp;

struct Document {
    text: String,
}

impl Document {
    fn headings(&self) -> Vec<String> {
        comp![w for line in self.text.lines() let w: String = line.trim() if w.starts_with('#')]
    }
}

fn main() {
    let d = Document { text: "# Intro\nbody\n  ## Usage".into() };
    println!("{:?}", d.headings());
}
