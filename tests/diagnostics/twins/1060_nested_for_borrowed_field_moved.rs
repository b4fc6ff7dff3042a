//! mistake: the inner loop iterates `t.members` by value while the outer loop borrows `&teams`
//! offending: t.members
//! category: ownership
struct Team {
    members: Vec<String>,
}

fn main() {
    let teams = vec![Team { members: vec!["ann".into(), "bo".into()] }];
    let mut everyone = Vec::new();
    for t in &teams {
        for m in t.members {
            everyone.push(m);
        }
    }
    println!("{} people in {} teams", everyone.len(), teams.len());
}
