//! mistake: a typed `let` `let w: String = line.trim()`: `trim` gives a `&str`, as Python's `str.strip()` never made a difference
//! offending: line.trim()
//! category: type

struct Document {
    text: String,
}

impl Document {
    fn headings(&self) -> Vec<String> {
        let mut out = Vec::new();
        for line in self.text.lines() {
            let w: String = line.trim();
            if w.starts_with('#') {
                out.push(w);
            }
        }
        out
    }
}

fn main() {
    let d = Document { text: "# Intro\nbody\n  ## Usage".into() };
    println!("{:?}", d.headings());
}
