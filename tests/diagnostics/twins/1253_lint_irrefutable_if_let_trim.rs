//! mistake: `if let w = line.trim()` used as a binding: an irrefutable pattern, always true
//! offending: let w = line.trim()
//! category: lint

struct Notes {
    text: String,
}

impl Notes {
    fn cleaned(&self) -> Vec<String> {
        let mut out = Vec::new();
        for line in self.text.lines() {
            if let w = line.trim() {
                out.push(w.to_string());
            }
        }
        out
    }
}

fn main() {
    let n = Notes { text: " a \nb ".into() };
    println!("{:?}", n.cleaned());
}
