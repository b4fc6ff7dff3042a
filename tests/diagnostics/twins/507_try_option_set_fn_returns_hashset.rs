//! offending: e.split_once('@')?
use std::collections::HashSet;

fn domains<'a>(emails: &[&'a str]) -> HashSet<&'a str> {
    let mut out = HashSet::new();
    for e in emails {
        out.insert(e.split_once('@')?.1);
    }
    out
}

fn main() {
    println!("{:?}", domains(&["a@x.org", "nobody"]));
}
