//! mistake: `f.parse().ok()?` meant to skip bad fields, in a loop of a method returning a plain `Vec<u8>`
//! offending: f.parse::<u8>().ok()?
//! category: try
struct Row {
    fields: Vec<String>,
}

impl Row {
    fn ages(&self) -> Vec<u8> {
        let mut out = Vec::new();
        for f in &self.fields {
            out.push(f.parse::<u8>().ok()?);
        }
        out
    }
}

fn main() {
    let r = Row { fields: vec!["31".into(), "x".into()] };
    println!("{:?}", r.ages());
}
