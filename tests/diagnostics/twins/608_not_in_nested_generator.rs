//! mistake: `.contains(..)` on an iterator chain, which has no `contains` (hand-written)
//! offending: !bans.iter().map(|b| b.user_id).contains(&u.id)
struct User {
    id: u32,
    name: String,
}

struct Ban {
    user_id: u32,
}

fn main() {
    let users = vec![User { id: 1, name: "ann".into() }, User { id: 2, name: "bo".into() }];
    let bans = vec![Ban { user_id: 2 }];
    let allowed: Vec<String> = users
        .iter()
        .filter(|u| !bans.iter().map(|b| b.user_id).contains(&u.id))
        .map(|u| u.name.clone())
        .collect();
    println!("{allowed:?}");
}
