//! mistake: a `@property` returning `[u.name for u in self.users]` ported as `Vec<&str>` with the owned `String` field as the element
//! offending: u.name
//! category: type
use comprehensions::comp;

struct User {
    name: String,
    age: u32,
}

struct Team {
    users: Vec<User>,
}

impl Team {
    fn names(&self) -> Vec<&str> {
        comp![u.name for u in &self.users]
    }
}

fn main() {
    let team = Team { users: vec![User { name: "ann".into(), age: 30 }] };
    println!("{:?} {}", team.names(), team.users[0].age);
}
