//! mistake: `?` on split_once meant to skip addresses without '@', in a function returning a plain `HashSet`
//! offending: e.split_once('@')?
//! category: try
use comprehensions::comp;
use std::collections::HashSet;

fn domains<'a>(emails: &[&'a str]) -> HashSet<&'a str> {
    comp!({e.split_once('@')?.1 for e in emails})
}

fn main() {
    println!("{:?}", domains(&["a@x.org", "nobody"]));
}
