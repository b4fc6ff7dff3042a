//! mistake: the element moves the outer item's `String` field (`t.name`) once per inner item, as Python shares the string (no `.clone()`)
//! offending: t.name
//! category: ownership
struct Team {
    name: String,
    members: Vec<String>,
}

fn main() {
    let teams = vec![Team { name: "core".into(), members: vec!["ann".into(), "bo".into()] }];
    let mut roster = Vec::new();
    for t in teams {
        for m in t.members {
            roster.push((t.name, m));
        }
    }
    println!("{roster:?}");
}
