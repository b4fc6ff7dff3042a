//! mistake: a half-typed field access `u.` left in the closure's tuple mid-edit
//! offending: u.)
//! category: syntax
struct User {
    name: String,
    email: String,
}

struct Team {
    users: Vec<User>,
}

impl Team {
    fn contacts(&self) -> Vec<(String, String)> {
        self.users.iter().map(|u| (u.name.clone(), u.)).collect()
    }
}

fn main() {
    let t = Team { users: vec![User { name: "ann".into(), email: "a@x".into() }] };
    println!("{:?}", t.contacts());
}
