//! mistake: Python truthiness `if u.email` on an Option, in a method
//! offending: u.email
//! category: python-habit
struct User {
    name: String,
    email: Option<String>,
}

struct Directory {
    users: Vec<User>,
}

impl Directory {
    fn reachable(&self) -> Vec<&str> {
        let mut out = Vec::new();
        for u in &self.users {
            if u.email {
                out.push(u.name.as_str());
            }
        }
        out
    }
}

fn main() {
    let d = Directory {
        users: vec![
            User { name: "ann".into(), email: Some("a@x.org".into()) },
            User { name: "bob".into(), email: None },
        ],
    };
    println!("{:?}", d.reachable());
}
