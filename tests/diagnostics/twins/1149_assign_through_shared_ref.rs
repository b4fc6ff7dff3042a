//! mistake: bumps a counter on each user (`u.visits += 1`) while iterating `&users`, a shared borrow
//! offending: u.visits += 1
//! category: ownership
struct User {
    name: String,
    visits: u32,
    active: bool,
}

fn main() {
    let users = vec![User { name: "ann".into(), visits: 0, active: true }];
    let mut seen = Vec::new();
    for u in &users {
        if u.active {
            u.visits += 1;
            seen.push(u.name.as_str());
        }
    }
    println!("{seen:?}");
}
