//! mistake: the inner comprehension of a dict value moves `m.name` out of members borrowed through `&groups` (no `.clone()`)
//! offending: m.name
//! category: ownership
use std::collections::HashMap;

struct Member {
    name: String,
    admin: bool,
}

struct Group {
    id: u32,
    members: Vec<Member>,
}

fn main() {
    let groups = vec![Group { id: 1, members: vec![Member { name: "ann".into(), admin: true }] }];
    let admins: HashMap<u32, Vec<String>> = groups
        .iter()
        .map(|g| (g.id, g.members.iter().filter(|m| m.admin).map(|m| m.name).collect()))
        .collect();
    println!("{admins:?} {}", groups.len());
}
