//! mistake: `f.parse().ok()?` meant to skip bad fields, in a comprehension returned from a method whose type is a plain `Vec<u8>`
//! offending: f.parse::<u8>().ok()?
//! category: try
use comprehensions::comp;

struct Row {
    fields: Vec<String>,
}

impl Row {
    fn ages(&self) -> Vec<u8> {
        comp![f.parse::<u8>().ok()? for f in &self.fields]
    }
}

fn main() {
    let r = Row { fields: vec!["31".into(), "x".into()] };
    println!("{:?}", r.ages());
}
