//! mistake: the element moves the outer item's `String` field (`t.name`) once per inner item, as Python shares the string (no `.clone()`)
//! offending: t.name
//! category: ownership
use comprehensions::comp;

struct Team {
    name: String,
    members: Vec<String>,
}

fn main() {
    let teams = vec![Team { name: "core".into(), members: vec!["ann".into(), "bo".into()] }];
    let roster = comp![(t.name, m) for t in teams for m in t.members];
    println!("{roster:?}");
}
