//! mistake: sorts members by name with `sort_by_key(|m| &m.name)`, a key that borrows from the item
//! offending: &m.name
//! category: ownership
#[derive(Clone, Debug)]
struct Member {
    name: String,
}

struct Team {
    members: Vec<Member>,
}

fn main() {
    let teams = vec![Team { members: vec![Member { name: "bob".to_string() }, Member { name: "ann".to_string() }] }];
    let mut rosters = Vec::new();
    for t in &teams {
        let mut ms = t.members.clone();
        ms.sort_by_key(|m| &m.name);
        rosters.push(ms);
    }
    println!("{rosters:?}");
}
