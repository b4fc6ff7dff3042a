//! mistake: iterated a field by value in a `&self` method, as Python's `for u in self.users` does
//! offending: self.users
//! category: python-habit
struct User {
    name: String,
    age: u32,
}

struct Directory {
    users: Vec<User>,
}

impl Directory {
    fn adult_names(&self) -> Vec<String> {
        let mut out = Vec::new();
        for u in self.users {
            if u.age >= 18 {
                out.push(u.name.clone());
            }
        }
        out
    }
}

fn main() {
    let d = Directory {
        users: vec![
            User { name: "ann".into(), age: 34 },
            User { name: "bob".into(), age: 12 },
        ],
    };
    println!("{:?}", d.adult_names());
}
