//! mistake: the inner comprehension of a dict value moves `m.name` out of members borrowed through `&groups` (no `.clone()`)
//! offending: m.name
//! category: ownership
use comprehensions::comp;
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
    let admins: HashMap<u32, Vec<String>> = comp!({g.id: [m.name for m in &g.members if m.admin] for g in &groups});
    println!("{admins:?} {}", groups.len());
}
