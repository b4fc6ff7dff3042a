//! mistake: the inner `for` iterates `t.members` by value while the outer loop borrows `&teams`
//! offending: t.members
//! category: ownership
use comprehensions::comp;

struct Team {
    members: Vec<String>,
}

fn main() {
    let teams = vec![Team { members: vec!["ann".into(), "bo".into()] }];
    let everyone = comp![m for t in &teams for m in t.members];
    println!("{} people in {} teams", everyone.len(), teams.len());
}
