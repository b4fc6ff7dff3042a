//! mistake: a struct with lifetime `'a` returns `Vec<&'a str>` borrowed from its own owned `lines` field through `&self`
//! offending: out
//! category: ownership
struct Report<'a> {
    title: &'a str,
    lines: Vec<String>,
}

impl<'a> Report<'a> {
    fn line_refs(&self) -> Vec<&'a str> {
        let mut out = Vec::new();
        for l in &self.lines {
            out.push(l.as_str());
        }
        out
    }
}

fn main() {
    let r = Report { title: "t", lines: vec!["a".into()] };
    println!("{} {:?}", r.title, r.line_refs());
}
