//! mistake: iterated a field by value in a `&self` method, as Python's `for u in self.users` does
//! offending: self.users
//! category: python-habit
use comprehensions::comp;

struct User {
    name: String,
    age: u32,
}

struct Directory {
    users: Vec<User>,
}

impl Directory {
    fn adult_names(&self) -> Vec<String> {
        comp![u.name.clone() for u in self.users if u.age >= 18]
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
