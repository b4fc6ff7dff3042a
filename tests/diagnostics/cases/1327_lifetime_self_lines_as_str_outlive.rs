//! mistake: a struct with lifetime `'a` returns `Vec<&'a str>` borrowed from its own owned `lines` field through `&self`
//! offending: comp![l.as_str() for l in &self.lines]
//! category: ownership
use comprehensions::comp;

struct Report<'a> {
    title: &'a str,
    lines: Vec<String>,
}

impl<'a> Report<'a> {
    fn line_refs(&self) -> Vec<&'a str> {
        comp![l.as_str() for l in &self.lines]
    }
}

fn main() {
    let r = Report { title: "t", lines: vec!["a".into()] };
    println!("{} {:?}", r.title, r.line_refs());
}
