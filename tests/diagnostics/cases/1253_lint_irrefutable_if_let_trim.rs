//! mistake: `if let w = line.trim()` used as a binding (Python's walrus reflex): an irrefutable pattern, always true
//! offending: let w = line.trim()
//! category: lint
use comprehensions::comp;

struct Notes {
    text: String,
}

impl Notes {
    fn cleaned(&self) -> Vec<String> {
        comp![w.to_string() for line in self.text.lines() if let w = line.trim()]
    }
}

fn main() {
    let n = Notes { text: " a \nb ".into() };
    println!("{:?}", n.cleaned());
}
