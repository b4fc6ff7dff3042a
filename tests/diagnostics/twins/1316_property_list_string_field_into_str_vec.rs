//! mistake: a `@property` list loop ported as `Vec<&str>`, pushing the owned `String` field
//! offending: u.name
//! category: type
struct User {
    name: String,
    age: u32,
}

struct Team {
    users: Vec<User>,
}

impl Team {
    fn names(&self) -> Vec<&str> {
        let mut out: Vec<&str> = Vec::new();
        for u in &self.users {
            out.push(u.name);
        }
        out
    }
}

fn main() {
    let team = Team { users: vec![User { name: "ann".into(), age: 30 }] };
    println!("{:?} {}", team.names(), team.users[0].age);
}
